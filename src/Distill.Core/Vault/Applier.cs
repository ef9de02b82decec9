using System.Collections.Immutable;
using Distill.Core.Planning;
using Distill.Core.Sources;

namespace Distill.Core.Vault;

/// <summary>
/// The Vault stage (DESIGN invariant 6): applies a <see cref="ChangePlan"/> all or nothing, recovers an interrupted run,
/// undoes the last one. Each call takes the vault's lock for its whole length, or runs under one the caller holds (the
/// ingest command holds it from planning on, so the plan is applied to the snapshot it was made from). Each first rolls
/// back a run that was interrupted, so the vault is whole before anything else happens.
/// </summary>
public static class Applier
{
    public static async Task<ApplyReport> ApplyAsync(ChangePlan plan, ApplyOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var held = VaultLock.TryAcquire(options.Vault);
        return held is null ? ApplyReport.Locked : await ApplyAsync(plan, options, held, ct).ConfigureAwait(false);
    }

    public static async Task<ApplyReport> ApplyAsync(ChangePlan plan, ApplyOptions options, VaultLock held, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var paths = PathsOf(options, held);
        var recovery = Recover(paths);
        if (recovery.Outcome == ApplyOutcome.RollbackFailed)
        {
            return recovery;
        }

        var executed = Execution.Run(paths, plan.Description, null, () => PlanSteps.From(paths, plan), journal => UndoRecords.Keep(paths, journal), ct);
        var problems = recovery.Problems.AddRange(executed.Problems);
        if (executed.Outcome == ApplyOutcome.Applied)
        {
            problems = problems.AddRange(Tidy(paths));
            var subject = plan.Description.Length > 0 ? plan.Description : Summary(executed.Applied);
            problems = await CommitAsync(paths, options, executed, subject, problems).ConfigureAwait(false);
        }

        return new ApplyReport(executed.Outcome, executed.Applied, executed.Conflicts, problems, recovery.Recovered);
    }

    /// <summary>Rolls back an interrupted run, if there is one; <see cref="ApplyOutcome.Locked"/> while another run holds the vault.</summary>
    public static ApplyReport Recover(string vault)
    {
        using var held = VaultLock.TryAcquire(vault);
        return held is null ? ApplyReport.Locked : Recover(held);
    }

    public static ApplyReport Recover(VaultLock held)
    {
        ArgumentNullException.ThrowIfNull(held);
        return Recover(PathsOf(new ApplyOptions(held.Vault, GitCommit: false), held));
    }

    /// <summary>
    /// Reverts the last run that changed the vault, through the same journal: a file changed since that run is a conflict
    /// and stays as it is. A second undo finds nothing to do.
    /// </summary>
    public static async Task<ApplyReport> UndoAsync(ApplyOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var held = VaultLock.TryAcquire(options.Vault);
        return held is null ? ApplyReport.Locked : await UndoAsync(options, held, ct).ConfigureAwait(false);
    }

    public static async Task<ApplyReport> UndoAsync(ApplyOptions options, VaultLock held, CancellationToken ct)
    {
        var paths = PathsOf(options, held);
        var recovery = Recover(paths);
        if (recovery.Outcome == ApplyOutcome.RollbackFailed)
        {
            return recovery;
        }

        var (record, unreadable) = LatestRecord(paths);
        if (record is null)
        {
            return new ApplyReport(ApplyOutcome.NothingToDo, [], [], recovery.Problems.AddRange(unreadable), recovery.Recovered);
        }

        var undoes = Path.GetFileName(record.Folder);
        var executed = Execution.Run(paths, record.Plan.Description, undoes, () => UndoSteps.From(paths, record), journal => UndoRecords.Consume(paths, record, journal), ct);
        var problems = recovery.Problems.AddRange(executed.Problems);
        if (executed.Outcome == ApplyOutcome.Applied)
        {
            problems = problems.AddRange(Tidy(paths));
            var subject = record.Plan.Description.Length > 0 ? $"distill: undo {record.Plan.Description}" : "distill: undo the last run";
            problems = await CommitAsync(paths, options, executed, subject, problems).ConfigureAwait(false);
        }

        return new ApplyReport(executed.Outcome, executed.Applied, executed.Conflicts, problems, recovery.Recovered);
    }

    private static ApplyReport Recover(VaultPaths paths)
    {
        try
        {
            return Rollback.RevertAny(paths, paths.Journal) is { } problems
                ? new ApplyReport(ApplyOutcome.RolledBack, [], [], problems, Recovered: true)
                : new ApplyReport(ApplyOutcome.NothingToDo, [], [], [], Recovered: false);
        }
        catch (IOException e)
        {
            return RecoveryFailed(e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return RecoveryFailed(e.Message);
        }
    }

    private static ApplyReport RecoveryFailed(string why) =>
        new(ApplyOutcome.RollbackFailed, [], [], [new Problem(VaultPaths.StateFolder + "/journal", $"an interrupted run could not be rolled back: {why}")], Recovered: false);

    /// <summary>What a committed run leaves behind is garbage; failing to remove it loses nothing.</summary>
    private static ImmutableArray<Problem> Tidy(VaultPaths paths)
    {
        try
        {
            UndoRecords.Prune(paths);
            return [];
        }
        catch (IOException e)
        {
            return [new Problem(VaultPaths.StateFolder + "/undo", e.Message)];
        }
        catch (UnauthorizedAccessException e)
        {
            return [new Problem(VaultPaths.StateFolder + "/undo", e.Message)];
        }
    }

    /// <summary>
    /// The last run's undo record, once older ones are removed: were one left (a crash while removing it), undoing twice
    /// would revert a run before the last.
    /// </summary>
    private static (Journal? Record, ImmutableArray<Problem> Problems) LatestRecord(VaultPaths paths)
    {
        var tidied = Tidy(paths);
        if (!tidied.IsEmpty)
        {
            return (null, tidied);
        }

        try
        {
            return (UndoRecords.Latest(paths), []);
        }
        catch (IOException e)
        {
            return (null, [new Problem(VaultPaths.StateFolder + "/undo", e.Message)]);
        }
        catch (UnauthorizedAccessException e)
        {
            return (null, [new Problem(VaultPaths.StateFolder + "/undo", e.Message)]);
        }
    }

    private static async Task<ImmutableArray<Problem>> CommitAsync(VaultPaths paths, ApplyOptions options, Executed executed, string subject, ImmutableArray<Problem> problems)
    {
        if (!options.GitCommit)
        {
            return problems;
        }

        var changed = executed.Done.SelectMany(step => step switch
        {
            MoveStep move => [move.From, move.Path],
            WriteStep or DeleteStep or CopyStep => [step.Path],
            _ => Array.Empty<string>(),
        });
        return await GitCommit.CommitAsync(paths.Root, changed, subject).ConfigureAwait(false) is { } failure ? problems.Add(failure) : problems;
    }

    private static string Summary(ImmutableArray<FileChange> applied) =>
        $"distill: {applied.OfType<CreateFile>().Count()} created, {applied.OfType<PatchFile>().Count()} updated, {applied.OfType<ArchiveSource>().Count()} archived";

    private static VaultPaths PathsOf(ApplyOptions options, VaultLock held)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(held);
        var paths = VaultPaths.Of(options.Vault);
        if (!held.IsHeld || held.Vault != paths.Root)
        {
            throw new ArgumentException($"the lock held is not a live lock on {paths.Root}", nameof(held));
        }

        return paths;
    }
}
