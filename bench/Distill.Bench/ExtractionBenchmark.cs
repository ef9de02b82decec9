using System.Diagnostics;
using Distill.Core.Cleaning;
using Distill.Core.Extraction;
using Distill.Core.Sources;

namespace Distill.Bench;

/// <summary>
/// Extraction over the corpus, against parsing and cleaning alone (goal: 5× or less), as the ratio of the
/// medians of several runs; and, run as <c>peak FILE</c> in a process of its own, the peak memory of
/// extracting one transcript.
/// </summary>
internal static class ExtractionBenchmark
{
    private static readonly ExtractionOptions Extraction = new(BenchCorpus.Owner);

    public static int Run(string[] args)
    {
        if (BenchCorpus.From(args) is not var (files, runs))
        {
            return 2;
        }

        Extract(files);

        var prepare = new List<double>();
        var extract = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            prepare.Add(Measure.Time(() => BenchCorpus.ReadAndClean(files)));
            extract.Add(Measure.Time(() => Extract(files)));
        }

        Console.WriteLine(FormattableString.Invariant($"files {files.Length}, runs {runs}"));
        Console.WriteLine(FormattableString.Invariant($"parse + clean            median {Measure.Median(prepare),8:0.00} ms"));
        Console.WriteLine(FormattableString.Invariant($"parse + clean + extract  median {Measure.Median(extract),8:0.00} ms"));
        Console.WriteLine(FormattableString.Invariant($"ratio {Measure.Median(extract) / Measure.Median(prepare):0.0}x (goal <= 5x)"));
        Console.WriteLine(FormattableString.Invariant($"longest transcript: {files.MaxBy(file => new FileInfo(file).Length)} (measure it with: peak FILE)"));
        return 0;
    }

    /// <summary>The peak working set of this process after reading, cleaning and extracting one file.</summary>
    public static int Peak(string file)
    {
        var extracted = Extract([file]);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(FormattableString.Invariant($"{file}: {new FileInfo(file).Length / 1024} KB, {extracted} action items, peak working set {peak / (1024.0 * 1024):0} MB"));
        return 0;
    }

    private static int Extract(string[] files) => files.Sum(ExtractOne);

    /// <summary>Reads, cleans and extracts one file; the action-item count keeps the work from being optimised away.</summary>
    public static int ExtractOne(string file) =>
        SourceReader.Read(file) is ReadResult.Read read
            ? RuleExtractor.Extract(Cleaner.Clean(read.Source, BenchCorpus.Cleaning), Extraction).ActionItems.Length
            : 0;
}
