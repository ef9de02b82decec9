using System.Globalization;
using Distill.Core.Cleaning;
using Distill.Core.Sources;

namespace Distill.Bench;

/// <summary>The corpus transcripts a benchmark runs over, how many runs it times, and the stages it shares.</summary>
internal sealed record BenchCorpus(string[] Files, int Runs)
{
    /// <summary>The vault owner of the shared corpus, as its meta.json names him.</summary>
    public const string Owner = "Jason Vallery";

    public static CleaningOptions Cleaning { get; } = new(Owner);

    /// <summary>The corpus folder (first argument) and the number of runs (second); null, said on stderr, when the folder is missing.</summary>
    public static BenchCorpus? From(string[] args)
    {
        var corpus = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus", "transcripts");
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9;
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"distill-bench: {corpus}: no such folder (pass the corpus folder as the first argument)");
            return null;
        }

        return new BenchCorpus(Directory.GetFiles(corpus, "transcript.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray(), runs);
    }

    /// <summary>Reads and cleans every file; the segment count keeps the work from being optimised away.</summary>
    public static int ReadAndClean(string[] files) =>
        files.Sum(file => SourceReader.Read(file) is ReadResult.Read read ? Cleaner.Clean(read.Source, Cleaning).Segments.Length : 0);
}
