using System.Text.Json;
using Xunit;

namespace Distill.Core.Tests.Corpus;

/// <summary>One meeting of ../shared/corpus/transcripts: its raw file and the layout its meta.json names.</summary>
public sealed record CorpusTranscript(string Id, string TranscriptPath, string LineFormat)
{
    public override string ToString() => Id;

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Folders())
        {
            data.Add(System.IO.Path.GetFileName(folder));
        }

        return data;
    }

    public static CorpusTranscript Load(string id)
    {
        var folder = SharedFolder.Require("corpus", "transcripts", id);
        using var meta = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(folder, "meta.json")));
        return new CorpusTranscript(id, System.IO.Path.Combine(folder, "transcript.txt"), meta.RootElement.GetProperty("line_format").GetString()!);
    }

    public static IEnumerable<CorpusTranscript> All() => Folders().Select(folder => Load(System.IO.Path.GetFileName(folder)));

    /// <summary>The corpus folders; one placeholder when the corpus is absent, so the theory runs and skips.</summary>
    private static IEnumerable<string> Folders()
    {
        var root = SharedFolder.Path is null ? null : System.IO.Path.Combine(SharedFolder.Path, "corpus", "transcripts");
        return root is not null && Directory.Exists(root)
            ? Directory.GetDirectories(root).Order(StringComparer.Ordinal)
            : ["corpus-absent"];
    }
}
