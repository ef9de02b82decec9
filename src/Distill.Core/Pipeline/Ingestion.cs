using System.Collections.Immutable;
using Distill.Core.Cleaning;
using Distill.Core.Extraction;
using Distill.Core.Planning;
using Distill.Core.Sources;
using Distill.Core.Vault;

namespace Distill.Core.Pipeline;

/// <summary>
/// <c>distill ingest</c> from end to end: every source read, cleaned and extracted; one plan against the vault as
/// it is; the plan applied (or, in a dry run, only returned). The vault is locked from before the snapshot is read
/// until the plan is applied, so no other run can change what the plan was made from.
/// </summary>
public static class Ingestion
{
    /// <summary>
    /// Plans the run and, unless it is a dry run, applies it. A dry run takes no lock and recovers nothing, because
    /// both write to <c>.distill/</c>: it plans against the vault exactly as it is. The note cache is read by both and
    /// written, under the lock, only once the plan is applied.
    /// </summary>
    public static async Task<IngestResult> RunAsync(IngestRequest request, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        if (request.DryRun)
        {
            var current = VaultScan.ReadWithCache(request.Vault, request.Config.Layout);
            return new IngestResult(current, Plan(request, current, progress, ct), null);
        }

        using var held = VaultLock.TryAcquire(request.Vault);
        if (held is null)
        {
            return new IngestResult(VaultSnapshot.Empty, PlanResult.Empty, ApplyReport.Locked);
        }

        var recovery = Applier.Recover(held);
        if (recovery.Outcome == ApplyOutcome.RollbackFailed)
        {
            return new IngestResult(VaultSnapshot.Empty, PlanResult.Empty, recovery);
        }

        var snapshot = VaultScan.ReadWithCache(request.Vault, request.Config.Layout);
        var planned = Plan(request, snapshot, progress, ct);
        var applied = await Applier.ApplyAsync(planned.Plan, new ApplyOptions(request.Vault, request.Config.GitCommit), held, ct).ConfigureAwait(false);
        if (applied.Outcome is ApplyOutcome.Applied or ApplyOutcome.NothingToDo && planned.Cache is { } cache)
        {
            NoteCacheFile.Write(request.Vault, cache);
        }

        return new IngestResult(snapshot, planned, applied with { Recovered = recovery.Recovered || applied.Recovered });
    }

    private static PlanResult Plan(IngestRequest request, VaultSnapshot snapshot, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var config = request.Config;
        var regenerate = request.Regenerate is { } note ? [note] : ImmutableHashSet<string>.Empty;
        var inputs = request.Reprocess || request.Regenerate is not null
            ? Reread(request.Vault, snapshot, request.Regenerate, config, progress, ct)
            : Read(Files(request), request.Vault, config, progress, ct);
        return Planner.Plan(snapshot, inputs, config.PlanningOptions(request.Today, regenerate));
    }

    /// <summary>
    /// The files to read, each with the kind its folder says: the paths given (folders searched), else the Inbox's.
    /// Listed only once an interrupted run is rolled back, because that puts its sources back in the Inbox.
    /// </summary>
    private static IReadOnlyList<DroppedFile> Files(IngestRequest request) =>
        request.Paths.Count == 0
            ? InboxFiles(request.Vault, request.Config.Layout)
            : [.. request.Paths.SelectMany(path => Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(file => !Path.GetFileName(file).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .Select(file => DroppedFile.Under(path, file))
                : [DroppedFile.Under(Path.GetDirectoryName(path) ?? ".", path)])];

    private static IReadOnlyList<DroppedFile> InboxFiles(string vault, VaultLayout layout)
    {
        var inbox = Path.Combine(vault, layout.Inbox);
        if (!Directory.Exists(inbox))
        {
            return [];
        }

        var failed = Path.GetFullPath(Path.Combine(vault, layout.Failed)) + Path.DirectorySeparatorChar;
        return
        [
            .. Directory.EnumerateFiles(inbox, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .Select(Path.GetFullPath)
                .Where(path => !path.StartsWith(failed, StringComparison.Ordinal))
                .Where(path => !Path.GetRelativePath(inbox, path).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                .Order(StringComparer.Ordinal)
                .Select(path => DroppedFile.Under(inbox, path)),
        ];
    }

    /// <summary>What every source yields; in the order of <paramref name="files"/>.</summary>
    private static ImmutableArray<PlanInput> Read(IReadOnlyList<DroppedFile> files, string vault, VaultConfig config, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var inside = Path.TrimEndingDirectorySeparator(Path.GetFullPath(vault)) + Path.DirectorySeparatorChar;
        return [.. OnEveryCore<DroppedFile, PlanInput>(files, file => Preparation.ReadAndClean(file.Path, file.Kind, new CleaningOptions(config.Owner)) switch
        {
            ReadResult.Read read => new PlanInput.Dropped(file.Path, Extract(read.Source, config), !file.Path.StartsWith(inside, StringComparison.Ordinal)),
            ReadResult.Rejected rejected => new PlanInput.Rejected(file.Path, rejected.Problem),
            _ => throw new System.Diagnostics.UnreachableException(),
        }, progress, ct)];
    }

    /// <summary>The archived sources of the notes to regenerate, read again with the current extractor.</summary>
    private static ImmutableArray<PlanInput> Reread(string vault, VaultSnapshot snapshot, string? onlyNote, VaultConfig config, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var archived = Planner.KnownSources(snapshot)
            .Where(entry => onlyNote is null || string.Equals(entry.Note, onlyNote, StringComparison.Ordinal))
            .Where(entry => !entry.Sources.IsEmpty)
            .Select(entry => entry.Sources[0])
            .ToList();
        var kindOf = (string path) => KindFolder.KindOf(Path.GetRelativePath(config.Layout.Sources, path));
        return [.. OnEveryCore<string, PlanInput?>(archived, path => Preparation.ReadAndClean(Path.Combine(vault, path), kindOf(path), new CleaningOptions(config.Owner)) is ReadResult.Read read
            ? new PlanInput.Archived(path, Extract(read.Source with { Path = path }, config))
            : null, progress, ct).OfType<PlanInput>()];
    }

    /// <summary>Each item's result, worked out on every core and kept in the items' order; progress told as each one ends.</summary>
    private static TResult[] OnEveryCore<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var results = new TResult[items.Count];
        var done = 0;
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = ct }, index =>
        {
            results[index] = work(items[index]);
            progress?.Report(new IngestProgress(Interlocked.Increment(ref done), items.Count));
        });
        return results;
    }

    private static Extraction.Extraction Extract(Source source, VaultConfig config) =>
        RuleExtractor.Extract(source, new ExtractionOptions(config.Owner));

    /// <summary>A file to ingest and the kind its folder says it is (<see cref="KindFolder"/>); null when the content decides.</summary>
    private sealed record DroppedFile(string Path, SourceKind? Kind)
    {
        /// <summary>The file's kind by its first folder under <paramref name="root"/>, else by the folder it is in.</summary>
        public static DroppedFile Under(string root, string path) =>
            new(path, KindFolder.KindOf(System.IO.Path.GetRelativePath(root, path))
                      ?? KindFolder.KindOf($"{System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path))}/{System.IO.Path.GetFileName(path)}"));
    }
}
