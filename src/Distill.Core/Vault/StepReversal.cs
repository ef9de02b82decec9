using Distill.Core.Sources;

namespace Distill.Core.Vault;

/// <summary>
/// Undoes one step from the state of the disk, so that it is right whether the step was done, half done or not begun, and
/// running it twice (a crash during a rollback) does no harm. A step the journal says was done whose target has changed
/// since is left alone and reported.
/// </summary>
internal static class StepReversal
{
    public static Problem? Revert(VaultPaths paths, Journal journal, int index, bool done)
    {
        var step = journal.Plan.Steps[index];
        var target = paths.Full(step.Path);
        switch (step)
        {
            case FolderStep:
                DurableFolder.RemoveIfEmpty(target);
                return null;
            case RemoveFolderStep:
                DurableFolder.Create(target);
                return null;
            case WriteStep write:
                AtomicFile.RemoveTemporary(target);
                return RevertWrite(write, target, () => journal.Backup(index), done);
            case DeleteStep delete:
                AtomicFile.RemoveTemporary(target);
                return RevertDelete(delete, target, () => journal.Backup(index), done);
            case MoveStep move:
                return RevertMove(move, paths.Full(move.From), target, done);
            case CopyStep copy:
                AtomicFile.RemoveTemporary(target);
                return RevertCopy(copy, target, done);
            default:
                throw new System.Diagnostics.UnreachableException($"unknown step {step.GetType().Name}");
        }
    }

    private static Problem? RevertWrite(WriteStep write, string target, Func<byte[]> backup, bool done)
    {
        var current = ContentHash.OfFile(target);
        if (current == write.NewSha256)
        {
            if (write.OldSha256 is null)
            {
                Remove(target);
            }
            else
            {
                AtomicFile.Write(target, backup(), overwrite: true);
            }

            return null;
        }

        return done && current != write.OldSha256 ? new Problem(write.Path, "changed since the run wrote it; left as it is") : null;
    }

    private static Problem? RevertDelete(DeleteStep delete, string target, Func<byte[]> backup, bool done)
    {
        var current = ContentHash.OfFile(target);
        if (current is null)
        {
            AtomicFile.Write(target, backup(), overwrite: false);
            return null;
        }

        return done && current != delete.OldSha256 ? new Problem(delete.Path, "another file took the place of the one the run deleted; left as it is") : null;
    }

    private static Problem? RevertMove(MoveStep move, string from, string target, bool done)
    {
        var archived = File.Exists(target);
        var inPlace = File.Exists(from);
        if (archived && !inPlace)
        {
            DurableFolder.Create(Path.GetDirectoryName(from)!);
            File.Move(target, from, overwrite: false);
            DiskSync.Folder(Path.GetDirectoryName(from)!);
            DiskSync.Folder(Path.GetDirectoryName(target)!);
            return null;
        }

        if (archived && File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(from)))
        {
            // A crash between the link and the unlink of a no-overwrite move leaves the same file under both names.
            Remove(target);
            return null;
        }

        return done && (archived || !inPlace) ? new Problem(move.From, $"not moved back from {move.Path}: the file there or here changed since the run") : null;
    }

    private static Problem? RevertCopy(CopyStep copy, string target, bool done)
    {
        var current = ContentHash.OfFile(target);
        if (current == copy.Sha256)
        {
            Remove(target);
            return null;
        }

        return done && current is not null ? new Problem(copy.Path, "changed since the run archived it; left as it is") : null;
    }

    private static void Remove(string target)
    {
        File.Delete(target);
        DiskSync.Folder(Path.GetDirectoryName(target)!);
    }
}
