using System.Collections.Immutable;
using Distill.Core.Planning;
using Distill.Core.Sources;

namespace Distill.Core.Vault;

/// <summary>
/// What a run did. <paramref name="Applied"/> lists the changes now on disk, in the order they were made; for an undo, the
/// changes that reverted the last run. <paramref name="Recovered"/> says an interrupted run was found and rolled back first.
/// </summary>
public sealed record ApplyReport(
    ApplyOutcome Outcome,
    ImmutableArray<FileChange> Applied,
    ImmutableArray<Conflict> Conflicts,
    ImmutableArray<Problem> Problems,
    bool Recovered)
{
    public static ApplyReport Locked { get; } = new(ApplyOutcome.Locked, [], [], [], Recovered: false);
}
