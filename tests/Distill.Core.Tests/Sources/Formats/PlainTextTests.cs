using AwesomeAssertions;
using Distill.Core.Sources;
using Distill.Core.Sources.Formats;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources.Formats;

public sealed class PlainTextTests
{
    [Fact]
    public void A_single_line_is_one_segment_named_plain_text()
    {
        var source = Read("Quick chat with Marco after standup, he will run the load test.", "hallway.txt");

        source.Format.Should().Be("plain-text");
        source.Segments.Should().Equal(new Segment(null, null, null, "Quick chat with Marco after standup, he will run the load test.", 1));
    }

    [Fact]
    public void Each_paragraph_is_a_segment_on_the_line_it_starts()
    {
        var source = Read("""
            We met in the hallway
            after standup.


            Marco will test the load on Thursday.
            """, "hallway.txt");

        source.Segments.Should().Equal(
            new Segment(null, null, null, "We met in the hallway\nafter standup.", 1),
            new Segment(null, null, null, "Marco will test the load on Thursday.", 5));
    }

    [Fact]
    public void Parse_on_lines_that_start_later_in_the_file_numbers_them_from_there()
    {
        var text = new TranscriptText(["First.", "", "Second."], FirstLine: 10);

        var segments = new PlainText().Parse(text, []);

        segments.Should().Equal(
            new Segment(null, null, null, "First.", 10),
            new Segment(null, null, null, "Second.", 12));
    }
}
