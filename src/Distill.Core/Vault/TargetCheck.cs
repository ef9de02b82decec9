namespace Distill.Core.Vault;

/// <summary>
/// Whether the disk is as a step expects, checked once before the journal is written and again just before the step acts
/// (a note the user saved in Obsidian meanwhile is not overwritten). Null means go ahead.
/// </summary>
internal static class TargetCheck
{
    public const string Overwrite = "exists with other content; not overwritten";
    public const string Changed = "changed on disk since it was read; not overwritten";
    public const string Gone = "no longer exists; not updated";
    public const string ChangedBeforeDelete = "changed on disk since it was read; not deleted";
    public const string ArchiveExists = "already exists; an archive never overwrites";
    public const string SourceMissing = "not found; not archived";

    public static StepOutcome? Verify(VaultPaths paths, Step step)
    {
        var target = paths.Full(step.Path);
        return step switch
        {
            FolderStep => Directory.Exists(target) ? StepOutcome.AlreadyDone : null,
            RemoveFolderStep => Directory.Exists(target) && !Directory.EnumerateFileSystemEntries(target).Any() ? null : StepOutcome.AlreadyDone,
            WriteStep write => VerifyWrite(write, ContentHash.OfFile(target)),
            DeleteStep delete => ContentHash.OfFile(target) switch
            {
                null => StepOutcome.AlreadyDone,
                var current when current == delete.OldSha256 => null,
                _ => new StepOutcome.Conflicted(ChangedBeforeDelete),
            },
            MoveStep move => VerifyArchive(move.From, paths.Full(move.From), step.Path, target),
            CopyStep copy => VerifyArchive(copy.From, copy.From, step.Path, target),
            _ => throw new System.Diagnostics.UnreachableException($"unknown step {step.GetType().Name}"),
        };
    }

    private static StepOutcome? VerifyWrite(WriteStep write, string? current)
    {
        if (current == write.NewSha256)
        {
            return StepOutcome.AlreadyDone;
        }

        if (current == write.OldSha256)
        {
            return null;
        }

        return new StepOutcome.Conflicted(write.OldSha256 is null ? Overwrite : current is null ? Gone : Changed);
    }

    private static StepOutcome.Refused? VerifyArchive(string from, string fullFrom, string path, string target)
    {
        if (!File.Exists(fullFrom))
        {
            return new StepOutcome.Refused(from, SourceMissing);
        }

        return File.Exists(target) || Directory.Exists(target) ? new StepOutcome.Refused(path, ArchiveExists) : null;
    }
}
