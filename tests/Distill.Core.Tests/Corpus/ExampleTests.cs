using AwesomeAssertions;
using Distill.Core.Cleaning;
using Xunit;

namespace Distill.Core.Tests.Corpus;

/// <summary>The old pipeline's notes in ../shared/examples, read as Distill reads any dropped file.</summary>
public sealed class ExampleTests
{
    public static TheoryData<string> Notes => new()
    {
        "input-legacy-note-with-transcript-2025-09-30.md",
        "input-legacy-note-with-transcript-2025-10-06.md",
    };

    [Theory]
    [MemberData(nameof(Notes))]
    public void A_legacy_note_yields_its_transcript_repaired_with_the_owner_and_the_counterpart_speaking(string name)
    {
        var path = SharedFolder.Require("examples", name);

        var source = Cleaner.Clean(CorpusTranscriptTests.Read(path), new CleaningOptions("Jason Vallery"));

        source.Format.Should().Be("legacy-note+macwhisper-timestamped");
        source.Title.Should().StartWith("1:1 — Jai Menon — ");
        source.Segments.Select(segment => segment.Speaker).Distinct().Should().BeEquivalentTo(["Jai Menon", "Jason Vallery"]);
        source.Segments.Select(segment => segment.Text).Append(source.Title)
            .Should().AllSatisfy(text => CorpusTranscriptTests.Mojibake().IsMatch(text).Should().BeFalse(text));
    }
}
