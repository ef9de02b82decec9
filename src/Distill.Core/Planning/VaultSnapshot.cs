using System.Collections.Immutable;

namespace Distill.Core.Planning;

/// <summary>
/// What the planner knows of the vault, read once before planning.
/// </summary>
/// <param name="Notes">Every markdown note outside the source folders and dot folders, by vault path.</param>
/// <param name="Paths">Every file in the vault, sources included, so that new names never clash with old ones.</param>
/// <param name="LedgerFile"><c>.distill/ledger.json</c> as stored, when there is one.</param>
/// <param name="ProposedStatus">Whether the vault's Tasks plugin defines the <c>?</c> (proposed) status.</param>
/// <param name="AliasesFile"><c>.distill/aliases.yaml</c>, the user's aliases, when there is one.</param>
/// <param name="Cache">What the last run remembered of the notes (<see cref="NoteCache.Empty"/> when nothing usable); null when the scan keeps no cache, and the plan then leaves none.</param>
public sealed record VaultSnapshot(
    ImmutableSortedDictionary<string, VaultFile> Notes,
    ImmutableSortedSet<string> Paths,
    VaultFile? LedgerFile,
    bool ProposedStatus,
    VaultFile? AliasesFile = null,
    NoteCache? Cache = null)
{
    public static VaultSnapshot Empty { get; } = new(
        ImmutableSortedDictionary<string, VaultFile>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal),
        LedgerFile: null,
        ProposedStatus: false);
}
