using System.Collections.Immutable;
using System.Text;
using Distill.Core.Planning;

namespace Distill.Core.Vault;

/// <summary>
/// The steps that revert a committed run, from its undo record, last step first: a created file deleted if unchanged, a
/// patched or deleted file given back its old bytes, a move reversed. A source copied in from outside the vault is
/// removed from the archive only while the original is still where it was: no source is ever lost.
/// </summary>
internal static class UndoSteps
{
    public static Translation From(VaultPaths paths, Journal record)
    {
        var steps = ImmutableArray.CreateBuilder<PendingStep>();
        var conflicts = ImmutableArray.CreateBuilder<Conflict>();
        var progress = record.Progress();
        for (var index = progress.Length - 1; index >= 0; index--)
        {
            if (!progress[index])
            {
                continue;
            }

            switch (record.Plan.Steps[index])
            {
                case FolderStep folder:
                    steps.Add(new PendingStep(new RemoveFolderStep(folder.Path), null, null, null));
                    break;
                case WriteStep { OldSha256: null } create:
                    steps.Add(new PendingStep(new DeleteStep(create.Path, create.NewSha256), null, null, new DeleteFile(create.Path, create.NewSha256)));
                    break;
                case WriteStep patch:
                    var old = record.Backup(index);
                    steps.Add(new PendingStep(new WriteStep(patch.Path, patch.NewSha256, patch.OldSha256), old, null, new PatchFile(patch.Path, patch.NewSha256, Text(old))));
                    break;
                case DeleteStep delete:
                    var deleted = record.Backup(index);
                    steps.Add(new PendingStep(new WriteStep(delete.Path, null, delete.OldSha256), deleted, null, new CreateFile(delete.Path, Text(deleted))));
                    break;
                case MoveStep move:
                    steps.Add(new PendingStep(new MoveStep(move.Path, move.From), null, null, new ArchiveSource(paths.Full(move.Path), move.From)));
                    break;
                case CopyStep copy when ContentHash.OfFile(copy.From) == copy.Sha256:
                    steps.Add(new PendingStep(new DeleteStep(copy.Path, copy.Sha256), null, null, new DeleteFile(copy.Path, copy.Sha256)));
                    break;
                case CopyStep copy:
                    conflicts.Add(new Conflict(copy.Path, $"the original, {copy.From}, is gone or changed; the archived copy is kept"));
                    break;
                case var other:
                    throw new System.Diagnostics.UnreachableException($"an undo record holds a {other.GetType().Name}: undo runs are never recorded");
            }
        }

        return new Translation(steps.ToImmutable(), conflicts.ToImmutable(), []);
    }

    /// <summary>For the report only: the bytes written back are the backup's, whatever their encoding.</summary>
    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
