using System.Collections.Immutable;
using Distill.Core.Sources;

namespace Distill.Core.Vault;

/// <summary>
/// Puts the vault back as it was before a journaled run: every step but those recorded as skipped, undone in reverse
/// order, each judged from the disk (<see cref="StepReversal"/>: a step not begun is left as it is); then the journal
/// removed. Used when a run fails and, at the next start, when one was interrupted.
/// </summary>
internal static class Rollback
{
    /// <summary>Throws if the disk refuses; the journal is then kept, and the next start tries again.</summary>
    public static ImmutableArray<Problem> Revert(VaultPaths paths, Journal journal)
    {
        var progress = journal.Progress();
        var problems = ImmutableArray.CreateBuilder<Problem>();
        for (var index = journal.Plan.Steps.Length - 1; index >= 0; index--)
        {
            var recorded = index < progress.Length;
            if (recorded && !progress[index])
            {
                continue;
            }

            if (StepReversal.Revert(paths, journal, index, done: recorded) is { } problem)
            {
                problems.Add(problem);
            }

            CrashPoints.Hit(CrashPoints.RollbackStep);
        }

        if (journal.Plan.Undoes is { } record && Directory.Exists(journal.ConsumedRecord))
        {
            Directory.Move(journal.ConsumedRecord, Path.Combine(paths.Undo, record));
            DiskSync.Folder(journal.Folder);
            DiskSync.Folder(paths.Undo);
        }

        journal.Delete();
        return problems.ToImmutable();
    }

    /// <summary>
    /// Whatever journal is in <paramref name="folder"/>, rolled back: null when there was none with steps (a journal cut
    /// short while being written is simply removed: the run had not touched the vault).
    /// </summary>
    public static ImmutableArray<Problem>? RevertAny(VaultPaths paths, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        if (Journal.Read(folder) is { } journal)
        {
            return Revert(paths, journal);
        }

        DurableFolder.RemoveTree(folder);
        return null;
    }
}
