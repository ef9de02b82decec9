using System.Collections.Immutable;
using Distill.Core.Planning;
using Distill.Core.Vault;

namespace Distill.Core.Tests.Vault;

/// <summary>
/// Leaves a vault as a process killed partway through an apply leaves it: the run's first steps carried out through the
/// same internals the Applier uses, in the same order, then nothing more; the kernel would release the lock.
/// </summary>
internal static class CrashedRun
{
    /// <summary>The steps a plan becomes on this vault, as the run would journal them.</summary>
    public static ImmutableArray<PendingStep> Steps(string vault, ChangePlan plan)
    {
        var paths = VaultPaths.Of(vault);
        return Precheck.Check(paths, PlanSteps.From(paths, plan)).Steps;
    }

    public static void Leave(string vault, ChangePlan plan, int completed, Interruption interruption)
    {
        var paths = VaultPaths.Of(vault);
        var steps = Steps(vault, plan);
        var journal = Begin(paths, plan.Description, null, steps);
        Continue(paths, journal, steps, completed, interruption);
    }

    public static Journal Begin(VaultPaths paths, string description, string? undoes, ImmutableArray<PendingStep> steps)
    {
        var backups = steps.Index().Where(step => step.Item.Backup is not null).ToDictionary(step => step.Index, step => step.Item.Backup!);
        return Journal.Write(paths.Journal, new JournalPlan(description, undoes, [.. steps.Select(step => step.Step)]), backups);
    }

    public static void Continue(VaultPaths paths, Journal journal, ImmutableArray<PendingStep> steps, int completed, Interruption interruption)
    {
        for (var index = 0; index < completed; index++)
        {
            journal.Record(index, StepActions.Perform(paths, steps[index], new FolderSyncs()) is StepOutcome.Completed);
        }

        if (completed >= steps.Length)
        {
            return;
        }

        var next = steps[completed];
        switch (interruption)
        {
            case Interruption.TemporaryWritten when next.Content is not null:
                AtomicFile.WriteTemporary(paths.Full(next.Step.Path), next.Content);
                break;
            case Interruption.NotRecorded:
                StepActions.Perform(paths, next, new FolderSyncs());
                break;
            case Interruption.RecordCutShort:
                StepActions.Perform(paths, next, new FolderSyncs());
                File.AppendAllText(Path.Combine(journal.Folder, "progress"), $"{completed} do");
                break;
            default:
                break;
        }
    }
}
