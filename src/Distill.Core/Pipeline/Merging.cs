using System.Collections.Immutable;
using Distill.Core.Planning;
using Distill.Core.Vault;

namespace Distill.Core.Pipeline;

/// <summary>
/// <c>distill merge FROM INTO</c> from end to end: under the vault's lock, an interrupted run recovered, the merge
/// planned against the vault as it is and applied as one run (one journal, one git commit, one undo).
/// </summary>
public static class Merging
{
    public static async Task<MergeOutcome> RunAsync(string vault, VaultConfig config, string from, string into, DateOnly today, CancellationToken ct)
    {
        using var held = VaultLock.TryAcquire(vault);
        if (held is null)
        {
            return new MergeOutcome(null, ApplyReport.Locked);
        }

        var recovery = Applier.Recover(held);
        if (recovery.Outcome == ApplyOutcome.RollbackFailed)
        {
            return new MergeOutcome(null, recovery);
        }

        var snapshot = VaultScan.Read(vault, config.Layout);
        var planned = Planner.Merge(snapshot, from, into, config.PlanningOptions(today, ImmutableHashSet<string>.Empty));
        if (planned.Problem is { } problem)
        {
            return new MergeOutcome(problem, null);
        }

        var applied = await Applier.ApplyAsync(planned.Plan, new ApplyOptions(vault, config.GitCommit), held, ct).ConfigureAwait(false);
        return new MergeOutcome(null, applied);
    }
}

/// <summary>Why the merge could not be planned, or how applying it went.</summary>
public sealed record MergeOutcome(string? Problem, ApplyReport? Applied);
