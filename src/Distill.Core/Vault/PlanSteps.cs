using System.Collections.Immutable;
using System.Text;
using Distill.Core.Planning;
using Distill.Core.Sources;

namespace Distill.Core.Vault;

/// <summary>
/// A <see cref="ChangePlan"/> as steps: every note first, in the plan's order, then the sources, so a source is archived
/// only once the notes made from it are written. A source inside the vault is moved; one outside it is copied, its bytes
/// read now, and left where it is.
/// </summary>
internal static class PlanSteps
{
    /// <summary>What is appended to a rejected source's file name for the file that says why.</summary>
    public const string ReasonSuffix = ".reason.txt";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Translation From(VaultPaths paths, ChangePlan plan)
    {
        ThrowIfInvalid(paths, plan);
        var steps = ImmutableArray.CreateBuilder<PendingStep>();
        var problems = ImmutableArray.CreateBuilder<Problem>();
        foreach (var change in plan.Changes)
        {
            switch (change)
            {
                case CreateFile create:
                    steps.Add(Write(create.Path, null, create.Content, create));
                    break;
                case PatchFile patch:
                    steps.Add(Write(patch.Path, patch.ExpectedSha256, patch.Content, patch));
                    break;
                case DeleteFile delete:
                    steps.Add(new PendingStep(new DeleteStep(delete.Path, delete.ExpectedSha256), null, null, delete));
                    break;
                default:
                    break;
            }
        }

        foreach (var change in plan.Changes)
        {
            if (change is ArchiveSource or RejectSource && Archive(paths, change, problems) is { } archive)
            {
                steps.Add(archive);
                if (change is RejectSource reject)
                {
                    steps.Add(Write(ReasonPath(reject), null, reject.Reason + "\n", reject));
                }
            }
        }

        return new Translation(steps.ToImmutable(), [], problems.ToImmutable());
    }

    private static PendingStep? Archive(VaultPaths paths, FileChange change, ImmutableArray<Problem>.Builder problems)
    {
        var from = SourceOf(change);
        if (paths.Relative(from) is { } inside)
        {
            return new PendingStep(new MoveStep(inside, change.Path), null, null, change);
        }

        if (Read(from, problems) is not { } bytes)
        {
            return null;
        }

        return new PendingStep(new CopyStep(from, change.Path, ContentHash.Of(bytes)), bytes, null, change);
    }

    /// <summary>An outside source that cannot be read stays where it is; the rest of the run goes on.</summary>
    private static byte[]? Read(string from, ImmutableArray<Problem>.Builder problems)
    {
        try
        {
            var bytes = ContentHash.TryRead(from);
            if (bytes is null)
            {
                problems.Add(new Problem(from, TargetCheck.SourceMissing));
            }

            return bytes;
        }
        catch (IOException e)
        {
            problems.Add(new Problem(from, $"cannot be read ({e.Message}); not archived"));
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            problems.Add(new Problem(from, $"cannot be read ({e.Message}); not archived"));
            return null;
        }
    }

    private static PendingStep Write(string path, string? expected, string content, FileChange origin)
    {
        var bytes = Utf8.GetBytes(content);
        return new PendingStep(new WriteStep(path, expected, ContentHash.Of(bytes)), bytes, null, origin);
    }

    private static string ReasonPath(RejectSource reject) => reject.Path + ReasonSuffix;

    /// <summary>A plan that leaves the vault, touches a path twice or names a relative source is a planner bug.</summary>
    private static void ThrowIfInvalid(VaultPaths paths, ChangePlan plan)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in plan.Changes.SelectMany(change => Touched(paths, change)))
        {
            VaultPaths.ThrowIfNotWritable(path);
            if (!touched.Add(path))
            {
                throw new ArgumentException($"'{path}' is changed twice by one plan", nameof(plan));
            }
        }
    }

    private static IEnumerable<string> Touched(VaultPaths paths, FileChange change)
    {
        yield return change.Path;
        if (change is RejectSource reject)
        {
            yield return ReasonPath(reject);
        }

        if (change is ArchiveSource or RejectSource)
        {
            var from = SourceOf(change);
            if (!Path.IsPathFullyQualified(from))
            {
                throw new ArgumentException($"source '{from}' is not an absolute path", nameof(change));
            }

            if (paths.Relative(from) is { } inside)
            {
                yield return inside;
            }
        }
    }

    private static string SourceOf(FileChange change) => change switch
    {
        ArchiveSource archive => archive.From,
        RejectSource reject => reject.From,
        _ => throw new System.Diagnostics.UnreachableException($"{change.GetType().Name} has no source"),
    };
}
