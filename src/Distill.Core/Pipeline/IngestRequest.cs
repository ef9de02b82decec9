namespace Distill.Core.Pipeline;

/// <summary>
/// One <c>distill ingest</c>: the files given (empty: everything under the Inbox), or the archived sources to
/// read again (<paramref name="Reprocess"/>: every note; <paramref name="Regenerate"/>: one note, its edited
/// regions replaced). <paramref name="Today"/> is the run's date in the vault's time zone.
/// </summary>
public sealed record IngestRequest(
    string Vault,
    IReadOnlyList<string> Paths,
    bool DryRun,
    bool Reprocess,
    string? Regenerate,
    VaultConfig Config,
    DateOnly Today);
