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
    /// both write to <c>.distill/</c>: it plans against the vault exactly as it is.
    /// </summary>
    public static async Task<IngestResult> RunAsync(IngestRequest request, IProgress<string>? progress, CancellationToken ct)
    {
        if (request.DryRun)
        {
            var current = VaultScan.Read(request.Vault, request.Config.Layout);
            return new IngestResult(current, Plan(request, current, progress, ct), null);
        }

        using var held = VaultLock.TryAcquire(request.Vault);
        if (held is null)
        {
            return new IngestResult(VaultSnapshot.Empty, new PlanResult(ChangePlan.Empty, []), ApplyReport.Locked);
        }

        var recovery = Applier.Recover(held);
        if (recovery.Outcome == ApplyOutcome.RollbackFailed)
        {
            return new IngestResult(VaultSnapshot.Empty, new PlanResult(ChangePlan.Empty, []), recovery);
        }

        var snapshot = VaultScan.Read(request.Vault, request.Config.Layout);
        var planned = Plan(request, snapshot, progress, ct);
        var applied = await Applier.ApplyAsync(planned.Plan, new ApplyOptions(request.Vault, request.Config.GitCommit), held, ct).ConfigureAwait(false);
        return new IngestResult(snapshot, planned, applied with { Recovered = recovery.Recovered || applied.Recovered });
    }

    private static PlanResult Plan(IngestRequest request, VaultSnapshot snapshot, IProgress<string>? progress, CancellationToken ct)
    {
        var config = request.Config;
        var regenerate = request.Regenerate is { } note ? [note] : ImmutableHashSet<string>.Empty;
        var inputs = request.Reprocess || request.Regenerate is not null
            ? Reread(request.Vault, snapshot, request.Regenerate, config, progress, ct)
            : Read(request.Paths.Count > 0 ? request.Paths : InboxFiles(request.Vault, config.Layout), config, progress, ct);
        var options = new PlanningOptions(config.Layout, config.Owner, config.OwnerAsMyself, $"{RuleExtractor.Name} {RuleExtractor.Version}", request.Today, regenerate);
        return Planner.Plan(snapshot, inputs, options);
    }

    public static IReadOnlyList<string> InboxFiles(string vault, VaultLayout layout)
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
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>What every source yields, read on every core; in the order of <paramref name="files"/>.</summary>
    public static ImmutableArray<PlanInput> Read(IReadOnlyList<string> files, VaultConfig config, IProgress<string>? progress, CancellationToken ct)
    {
        var inputs = new PlanInput[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = ct }, index =>
        {
            inputs[index] = Preparation.ReadAndClean(files[index], new CleaningOptions(config.Owner)) switch
            {
                ReadResult.Read read => new PlanInput.Dropped(files[index], Extract(read.Source, config)),
                ReadResult.Rejected rejected => new PlanInput.Rejected(files[index], rejected.Problem),
                _ => throw new System.Diagnostics.UnreachableException(),
            };
            progress?.Report(files[index]);
        });
        return [.. inputs];
    }

    /// <summary>The archived sources of the notes to regenerate, read again with the current extractor.</summary>
    public static ImmutableArray<PlanInput> Reread(string vault, VaultSnapshot snapshot, string? onlyNote, VaultConfig config, IProgress<string>? progress, CancellationToken ct)
    {
        var entries = Planner.KnownSources(snapshot)
            .Where(entry => onlyNote is null || string.Equals(entry.Note, onlyNote, StringComparison.Ordinal))
            .Where(entry => !entry.Sources.IsEmpty)
            .ToList();
        var inputs = new PlanInput?[entries.Count];
        Parallel.For(0, entries.Count, new ParallelOptions { CancellationToken = ct }, index =>
        {
            var archived = entries[index].Sources[0];
            if (Preparation.ReadAndClean(Path.Combine(vault, archived), new CleaningOptions(config.Owner)) is ReadResult.Read read)
            {
                inputs[index] = new PlanInput.Archived(archived, Extract(read.Source with { Path = archived }, config));
            }

            progress?.Report(archived);
        });
        return [.. inputs.OfType<PlanInput>()];
    }

    private static Extraction.Extraction Extract(Source source, VaultConfig config) =>
        RuleExtractor.Extract(source, new ExtractionOptions(config.Owner));
}
