using System.Collections.Immutable;
using Distill.Core.Planning;
using Distill.Core.Sources;

namespace Distill.Core.Vault;

/// <summary>
/// Before anything is written: drops the steps the disk makes unneeded or conflicting, reads the bytes each remaining step
/// replaces or deletes (the journal's backups) and adds a step for each folder the run must create, before its first use.
/// A change whose step is refused loses its later steps too (a rejected source without its move gets no reason file).
/// </summary>
internal static class Precheck
{
    public static Translation Check(VaultPaths paths, Translation translation)
    {
        var steps = ImmutableArray.CreateBuilder<PendingStep>();
        var conflicts = translation.Conflicts.ToBuilder();
        var problems = translation.Problems.ToBuilder();
        var refused = new HashSet<FileChange>();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in translation.Steps)
        {
            if (candidate.Origin is { } origin && refused.Contains(origin))
            {
                continue;
            }

            // Whether a folder can be removed depends on the steps before it, so only the step itself can tell.
            var verdict = candidate.Step is RemoveFolderStep ? null : TargetCheck.Verify(paths, candidate.Step);
            var backup = verdict is null ? ReadBackup(paths, candidate.Step) : null;
            verdict ??= backup?.Conflict;
            switch (verdict)
            {
                case null:
                    steps.AddRange(MissingFolders(paths, candidate.Step, folders));
                    steps.Add(candidate with { Backup = backup?.Bytes });
                    break;
                case StepOutcome.Conflicted conflict:
                    conflicts.Add(new Conflict(candidate.Step.Path, conflict.Reason));
                    Refuse(candidate, refused);
                    break;
                case StepOutcome.Refused refusal:
                    problems.Add(new Problem(refusal.File, refusal.Reason));
                    Refuse(candidate, refused);
                    break;
                default:
                    break;
            }
        }

        return new Translation(steps.ToImmutable(), conflicts.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>The bytes a patch or delete will replace, or a conflict if they are no longer the ones verified a moment ago.</summary>
    private static (byte[]? Bytes, StepOutcome.Conflicted? Conflict)? ReadBackup(VaultPaths paths, Step step)
    {
        var expected = step switch
        {
            WriteStep write => write.OldSha256,
            DeleteStep delete => delete.OldSha256,
            _ => null,
        };
        if (expected is null)
        {
            return null;
        }

        var bytes = ContentHash.TryRead(paths.Full(step.Path));
        return bytes is not null && ContentHash.Of(bytes) == expected
            ? (bytes, null)
            : (null, new StepOutcome.Conflicted(step is DeleteStep ? TargetCheck.ChangedBeforeDelete : TargetCheck.Changed));
    }

    private static PendingStep[] MissingFolders(VaultPaths paths, Step step, HashSet<string> planned)
    {
        if (step is FolderStep or RemoveFolderStep or DeleteStep)
        {
            return [];
        }

        var missing = new Stack<string>();
        for (var folder = ParentOf(step.Path); folder is not null && !planned.Contains(folder) && !Directory.Exists(paths.Full(folder)); folder = ParentOf(folder))
        {
            missing.Push(folder);
        }

        planned.UnionWith(missing);
        return [.. missing.Select(folder => new PendingStep(new FolderStep(folder), null, null, null))];
    }

    private static string? ParentOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash > 0 ? path[..slash] : null;
    }

    private static void Refuse(PendingStep candidate, HashSet<FileChange> refused)
    {
        if (candidate.Origin is { } origin)
        {
            refused.Add(origin);
        }
    }
}
