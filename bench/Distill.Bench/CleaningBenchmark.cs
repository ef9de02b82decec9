using System.Globalization;
using Distill.Core.Cleaning;
using Distill.Core.Sources;

namespace Distill.Bench;

/// <summary>
/// Parse and clean every corpus transcript, against only reading the same files: the figure is the
/// ratio of the medians over several runs (goal: 20× or less), so a noisy machine moves both alike.
/// </summary>
internal static class CleaningBenchmark
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
        var options = new CleaningOptions("Jason Vallery");
        ReadOnly(files);
        ReadAndClean(files, options);

        var reading = new List<double>();
        var readingText = new List<double>();
        var cleaning = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            reading.Add(Measure.Time(() => ReadOnly(files)));
            readingText.Add(Measure.Time(() => ReadText(files)));
            cleaning.Add(Measure.Time(() => ReadAndClean(files, options)));
        }

        var readMedian = Measure.Median(reading);
        var textMedian = Measure.Median(readingText);
        var cleanMedian = Measure.Median(cleaning);
        Console.WriteLine(FormattableString.Invariant($"files {files.Length}, runs {runs}"));
        Console.WriteLine(FormattableString.Invariant($"read bytes      median {readMedian,8:0.00} ms"));
        Console.WriteLine(FormattableString.Invariant($"read text       median {textMedian,8:0.00} ms"));
        Console.WriteLine(FormattableString.Invariant($"parse + clean   median {cleanMedian,8:0.00} ms"));
        Console.WriteLine(FormattableString.Invariant($"ratio {cleanMedian / readMedian:0.0}x to reading the bytes, {cleanMedian / textMedian:0.0}x to reading the text (goal <= 20x)"));
        return 0;
    }

    private static long ReadOnly(string[] files) => files.Sum(file => (long)File.ReadAllBytes(file).Length);

    private static long ReadText(string[] files) => files.Sum(file => (long)File.ReadAllText(file).Length);

    private static int ReadAndClean(string[] files, CleaningOptions options) =>
        files.Sum(file => SourceReader.Read(file) is ReadResult.Read read ? Cleaner.Clean(read.Source, options).Segments.Length : 0);
}
