using System.Diagnostics;
using Distill.Core.Pipeline;
using Distill.Core.Vault;

namespace Distill.Bench;

/// <summary>
/// The ingest pipeline over the corpus into an empty vault, in this process, against the extraction stages alone over
/// the same files with the same parallelism (goal: 1.5× or less), as the ratio of the medians of several runs; then the
/// whole <c>distill ingest</c> process over the corpus, median wall-clock time of several runs.
/// </summary>
internal static class IngestBenchmark
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    public static async Task<int> RunAsync(string[] args)
    {
        if (BenchCorpus.From(args) is not var (files, runs))
        {
            return 2;
        }

        var distill = BenchVault.Distill(args.Length > 2 ? args[2] : null);
        await IngestOnceAsync(files);
        var extract = new List<double>();
        var ingest = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            extract.Add(Measure.Time(() => ExtractInParallel(files)));
            ingest.Add(await IngestOnceAsync(files));
        }

        Console.WriteLine(FormattableString.Invariant($"files {files.Length}, runs {runs}"));
        Console.WriteLine(FormattableString.Invariant($"read + clean + extract (parallel)   median {Measure.Median(extract),8:0.00} ms"));
        Console.WriteLine(FormattableString.Invariant($"ingest into an empty vault         median {Measure.Median(ingest),8:0.00} ms"));
        Console.WriteLine(FormattableString.Invariant($"ratio {Measure.Median(ingest) / Measure.Median(extract):0.00}x (goal <= 1.5x)"));
        if (distill is not null)
        {
            var process = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                process.Add(await ProcessOnceAsync(distill, files));
            }

            Console.WriteLine(FormattableString.Invariant($"distill ingest, whole process      median {Measure.Median(process),8:0.00} ms ({distill})"));
        }

        return 0;
    }

    private static int ExtractInParallel(string[] files)
    {
        var found = 0;
        Parallel.ForEach(files, file => Interlocked.Add(ref found, ExtractionBenchmark.ExtractOne(file)));
        return found;
    }

    /// <summary>One ingest into a fresh vault; the time of the ingest alone, the vault's making and the copying of the files left out.</summary>
    private static async Task<double> IngestOnceAsync(string[] files)
    {
        var vault = await NewVaultAsync(files);
        try
        {
            var config = BenchVault.ConfigOf(vault);
            var clock = Stopwatch.StartNew();
            var result = await Ingestion.RunAsync(new IngestRequest(vault, [], false, false, null, config, Today), null, CancellationToken.None);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (result.Applied?.Outcome != ApplyOutcome.Applied)
            {
                throw new InvalidOperationException($"the ingest did not apply: {result.Applied?.Outcome}");
            }

            return elapsed;
        }
        finally
        {
            Directory.Delete(vault, recursive: true);
        }
    }

    private static async Task<double> ProcessOnceAsync(string distill, string[] files)
    {
        var vault = await NewVaultAsync(files);
        try
        {
            return await BenchVault.IngestProcessAsync(distill, vault);
        }
        finally
        {
            Directory.Delete(vault, recursive: true);
        }
    }

    /// <summary>A vault as <c>distill init</c> makes it, the corpus dropped in its Inbox, one folder per meeting.</summary>
    private static async Task<string> NewVaultAsync(string[] files)
    {
        var vault = await BenchVault.CreateAsync();
        for (var i = 0; i < files.Length; i++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(vault, "Inbox", "Transcripts", i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)));
            File.Copy(files[i], Path.Combine(folder.FullName, "Meeting.md"));
        }

        return vault;
    }
}
