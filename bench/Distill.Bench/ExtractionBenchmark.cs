using System.Diagnostics;
using System.Globalization;
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
    public static int Run(string[] args)
    {
        var corpus = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus", "transcripts");
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9;
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"distill-bench: {corpus}: no such folder (pass the corpus folder as the first argument)");
            return 2;
        }

        var files = Directory.GetFiles(corpus, "transcript.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var cleaning = new CleaningOptions("Jason Vallery");
        var extraction = new ExtractionOptions("Jason Vallery");
        Extract(files, cleaning, extraction);

        var prepare = new List<double>();
        var extract = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            prepare.Add(Measure.Time(() => Prepare(files, cleaning)));
            extract.Add(Measure.Time(() => Extract(files, cleaning, extraction)));
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
        var extracted = Extract([file], new CleaningOptions("Jason Vallery"), new ExtractionOptions("Jason Vallery"));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(FormattableString.Invariant($"{file}: {new FileInfo(file).Length / 1024} KB, {extracted} action items, peak working set {peak / (1024.0 * 1024):0} MB"));
        return 0;
    }

    private static int Prepare(string[] files, CleaningOptions options) =>
        files.Sum(file => SourceReader.Read(file) is ReadResult.Read read ? Cleaner.Clean(read.Source, options).Segments.Length : 0);

    private static int Extract(string[] files, CleaningOptions cleaning, ExtractionOptions extraction) =>
        files.Sum(file => SourceReader.Read(file) is ReadResult.Read read
            ? RuleExtractor.Extract(Cleaner.Clean(read.Source, cleaning), extraction).ActionItems.Length
            : 0);
}
