using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources.Formats;

public sealed class WhisperJsonTests
{
    private const string Retro = """
        {
          "text": " The beta went well. Two asked for audit logs.",
          "segments": [
            {"id": 0, "start": 0.0, "end": 3.25, "text": " The beta went well.", "speaker": "SPEAKER_00"},
            {
              "id": 1,
              "start": 3.5,
              "end": 6.75,
              "text": " Two asked for audit logs."
            }
          ],
          "language": "en"
        }
        """;

    [Fact]
    public void The_layout_is_named_whisper_json()
    {
        var source = Read(Retro, "retro.json");

        source.Format.Should().Be("whisper-json");
    }

    [Fact]
    public void Segments_with_and_without_a_speaker_start_on_the_line_of_their_object()
    {
        var source = Read(Retro, "retro.json");

        source.Segments.Should().Equal(
            new Segment(At(0, 0), At(0, 3, 250), "SPEAKER_00", "The beta went well.", 4),
            new Segment(At(0, 3, 500), At(0, 6, 750), null, "Two asked for audit logs.", 5));
    }

    [Fact]
    public void A_segment_without_text_is_skipped_with_a_warning_naming_its_line()
    {
        var source = Read("""
            {"segments": [
              {"start": 0.0, "end": 1.0, "text": " Kept."},
              {"start": 1.0, "end": 2.0}
            ]}
            """, "retro.json");

        source.Segments.Should().Equal(new Segment(At(0, 0), At(0, 1), null, "Kept.", 2));
        source.Warnings.Should().Equal("line 3: segment without text or start skipped");
    }

    [Fact]
    public void Json_cut_short_keeps_the_segments_before_the_break()
    {
        var source = Read("""
            {"segments": [
              {"start": 0.0, "end": 1.0, "text": " Kept."},
              {"start": 1.0, "end": 2.0, "te
            """, "cut.json");

        source.Segments.Should().Equal(new Segment(At(0, 0), At(0, 1), null, "Kept.", 2));
        source.Warnings.Should().ContainSingle().Which.Should().StartWith("line 3: JSON ends in error");
    }
}
