using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources.Formats;

public sealed class SrtTests
{
    private const string Cues = """
        1
        00:00:01,000 --> 00:00:04,500
        Priya Raman: Northwind asked for a discount.

        2
        01:02:05,250 --> 01:02:09,005
        Jason Vallery: We can offer ten percent.
        """;

    [Fact]
    public void The_layout_is_named_srt()
    {
        var source = Read(Cues, "pricing.srt");

        source.Format.Should().Be("srt");
    }

    [Fact]
    public void Cues_with_comma_milliseconds_give_times_speakers_and_lines()
    {
        var source = Read(Cues, "pricing.srt");

        source.Segments.Should().Equal(
            new Segment(At(0, 1), At(0, 4, 500), "Priya Raman", "Northwind asked for a discount.", 3),
            new Segment(At(2, 5, 250, hours: 1), At(2, 9, 5, hours: 1), "Jason Vallery", "We can offer ten percent.", 7));
    }

    [Fact]
    public void A_cue_without_a_name_has_no_speaker()
    {
        var source = Read("""
            1
            00:00:01,000 --> 00:00:02,000
            just words here
            """, "plain.srt");

        source.Segments.Should().Equal(new Segment(At(0, 1), At(0, 2), null, "just words here", 3));
    }
}
