using System.Collections.Immutable;
using Distill.Core.Planning;
using Distill.Core.Sources;

namespace Distill.Core.Vault;

/// <summary>
/// One all-or-nothing run, an apply or an undo (DESIGN invariant 6): checks, writes the journal, carries out the steps
/// recording each, then commits; any I/O failure or a cancellation before the commit rolls everything back.
/// </summary>
internal static class Execution
{
    /// <summary>
    /// <paramref name="translate"/> reads the disk (sources, backups), so it runs where a failure becomes a problem;
    /// <paramref name="commit"/> ends at the run's commit point, after which nothing is rolled back.
    /// </summary>
    public static Executed Run(VaultPaths paths, string description, string? undoes, Func<Translation> translate, Action<Journal> commit, CancellationToken ct)
    {
        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var done = ImmutableArray.CreateBuilder<PendingStep>();
        var refused = new HashSet<FileChange>();
        var current = paths.Root;
        var folders = new FolderSyncs();
        Journal? journal = null;
        try
        {
            var prepared = Precheck.Check(paths, translate());
            conflicts.AddRange(prepared.Conflicts);
            problems.AddRange(prepared.Problems);
            var steps = prepared.Steps;
            if (steps.IsEmpty)
            {
                return new Executed(ApplyOutcome.NothingToDo, [], [], conflicts.ToImmutable(), problems.ToImmutable());
            }

            ct.ThrowIfCancellationRequested();
            current = Shown(paths, paths.Journal);
            journal = Journal.Write(paths.Journal, new JournalPlan(description, undoes, [.. steps.Select(step => step.Step)]), Backups(steps));
            CrashPoints.Hit(CrashPoints.JournalWritten);
            for (var index = 0; index < steps.Length; index++)
            {
                ct.ThrowIfCancellationRequested();
                var step = steps[index];
                current = step.Step.Path;
                var outcome = step.Origin is { } origin && refused.Contains(origin) ? StepOutcome.AlreadyDone : StepActions.Perform(paths, step, folders);
                journal.Record(index, outcome is StepOutcome.Completed);
                Note(step, outcome, done, refused, conflicts, problems);
            }

            current = Shown(paths, journal.Folder);
            if (done.Count == 0)
            {
                journal.Delete();
                return new Executed(ApplyOutcome.NothingToDo, [], [], conflicts.ToImmutable(), problems.ToImmutable());
            }

            folders.SyncAll();
            CrashPoints.Hit(CrashPoints.BeforeJournalDelete);
            commit(journal);
        }
        catch (IOException e)
        {
            return RollBack(paths, journal, conflicts.ToImmutable(), new Problem(current, e.Message));
        }
        catch (UnauthorizedAccessException e)
        {
            return RollBack(paths, journal, conflicts.ToImmutable(), new Problem(current, e.Message));
        }
        catch (OperationCanceledException)
        {
            return RollBack(paths, journal, conflicts.ToImmutable(), new Problem(current, "cancelled"));
        }

        var applied = done.Select(step => step.Origin).OfType<FileChange>().Distinct();
        return new Executed(ApplyOutcome.Applied, [.. applied], [.. done.Select(step => step.Step)], conflicts.ToImmutable(), problems.ToImmutable());
    }

    private static void Note(
        PendingStep step,
        StepOutcome outcome,
        ImmutableArray<PendingStep>.Builder done,
        HashSet<FileChange> refused,
        ImmutableArray<Conflict>.Builder conflicts,
        ImmutableArray<Problem>.Builder problems)
    {
        switch (outcome)
        {
            case StepOutcome.Completed:
                done.Add(step);
                return;
            case StepOutcome.Conflicted conflict:
                conflicts.Add(new Conflict(step.Step.Path, conflict.Reason));
                break;
            case StepOutcome.Refused refusal:
                problems.Add(new Problem(refusal.File, refusal.Reason));
                break;
            default:
                return;
        }

        if (step.Origin is { } origin)
        {
            refused.Add(origin);
        }
    }

    private static Executed RollBack(VaultPaths paths, Journal? journal, ImmutableArray<Conflict> conflicts, Problem failure)
    {
        var rolledBack = failure with { Reason = $"{failure.Reason}; everything the run wrote was rolled back" };
        try
        {
            var problems = journal is null ? Rollback.RevertAny(paths, paths.Journal) ?? [] : Rollback.Revert(paths, journal);
            return new Executed(ApplyOutcome.RolledBack, [], [], conflicts, [rolledBack, .. problems]);
        }
        catch (IOException e)
        {
            return RollbackFailed(journal, paths, conflicts, failure, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return RollbackFailed(journal, paths, conflicts, failure, e.Message);
        }
    }

    private static Executed RollbackFailed(Journal? journal, VaultPaths paths, ImmutableArray<Conflict> conflicts, Problem failure, string why) =>
        new(ApplyOutcome.RollbackFailed, [], [], conflicts, [failure, new Problem(Shown(paths, journal?.Folder ?? paths.Journal), $"rolling back failed too ({why}); it is tried again at the next start")]);

    private static string Shown(VaultPaths paths, string folder) => paths.Relative(folder) ?? folder;

    private static Dictionary<int, byte[]> Backups(ImmutableArray<PendingStep> steps) =>
        steps.Index().Where(step => step.Item.Backup is not null).ToDictionary(step => step.Index, step => step.Item.Backup!);
}
