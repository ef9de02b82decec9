namespace Distill.Bench;

/// <summary>
/// Parse and clean every corpus transcript, against only reading the same files: the figure is the
/// ratio of the medians over several runs (goal: 20× or less), so a noisy machine moves both alike.
/// </summary>
internal static class CleaningBenchmark
{
    public static int Run(string[] args)
    {
        if (BenchCorpus.From(args) is not var (files, runs))
        {
            return 2;
        }

        ReadOnly(files);
        BenchCorpus.ReadAndClean(files);

        var reading = new List<double>();
        var readingText = new List<double>();
        var cleaning = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            reading.Add(Measure.Time(() => ReadOnly(files)));
            readingText.Add(Measure.Time(() => ReadText(files)));
            cleaning.Add(Measure.Time(() => BenchCorpus.ReadAndClean(files)));
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
}
