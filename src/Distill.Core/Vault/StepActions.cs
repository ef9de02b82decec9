namespace Distill.Core.Vault;

/// <summary>Carries out one journaled step: checks the target again at the last moment, then acts, durably.</summary>
internal static class StepActions
{
    /// <summary>The folders whose entries change go into <paramref name="folders"/>, synced before the run commits.</summary>
    public static StepOutcome Perform(VaultPaths paths, PendingStep pending, FolderSyncs folders) => pending.Step switch
    {
        WriteStep write => Write(paths, write, Content(pending), folders),
        CopyStep copy => Copy(paths, copy, Content(pending), folders),
        _ => TargetCheck.Verify(paths, pending.Step) ?? Act(paths, pending.Step, folders),
    };

    private static StepOutcome Write(VaultPaths paths, WriteStep write, byte[] content, FolderSyncs folders)
    {
        var target = paths.Full(write.Path);
        var temporary = AtomicFile.WriteTemporary(target, content);
        if (TargetCheck.Verify(paths, write) is { } verdict)
        {
            File.Delete(temporary);
            return verdict;
        }

        CrashPoints.Hit(CrashPoints.BeforeRename);
        AtomicFile.Rename(temporary, target, overwrite: write.OldSha256 is not null, folders);
        CrashPoints.Hit(CrashPoints.AfterRename);
        return StepOutcome.Done;
    }

    private static StepOutcome Copy(VaultPaths paths, CopyStep copy, byte[] content, FolderSyncs folders)
    {
        if (TargetCheck.Verify(paths, copy) is { } verdict)
        {
            return verdict;
        }

        var target = paths.Full(copy.Path);
        var temporary = AtomicFile.WriteTemporary(target, content);
        CrashPoints.Hit(CrashPoints.BeforeArchive);
        AtomicFile.Rename(temporary, target, overwrite: false, folders);
        CrashPoints.Hit(CrashPoints.AfterArchive);
        return StepOutcome.Done;
    }

    private static StepOutcome.Completed Act(VaultPaths paths, Step step, FolderSyncs folders)
    {
        var target = paths.Full(step.Path);
        var parent = Path.GetDirectoryName(target)!;
        switch (step)
        {
            case FolderStep:
                Directory.CreateDirectory(target);
                folders.Add(parent);
                break;
            case RemoveFolderStep:
                Directory.Delete(target);
                folders.Add(parent);
                break;
            case DeleteStep:
                CrashPoints.Hit(CrashPoints.BeforeDelete);
                File.Delete(target);
                folders.Add(parent);
                CrashPoints.Hit(CrashPoints.AfterDelete);
                break;
            case MoveStep move:
                var from = paths.Full(move.From);
                CrashPoints.Hit(CrashPoints.BeforeArchive);
                File.Move(from, target, overwrite: false);
                folders.Add(parent);
                folders.Add(Path.GetDirectoryName(from)!);
                CrashPoints.Hit(CrashPoints.AfterArchive);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"{step.GetType().Name} is not acted on here");
        }

        return StepOutcome.Done;
    }

    private static byte[] Content(PendingStep pending) =>
        pending.Content ?? throw new System.Diagnostics.UnreachableException($"{pending.Step.Path}: a write without content");
}
