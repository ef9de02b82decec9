using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources.Formats;

public sealed class SpeakerLinesTests
{
    private const string Catchup = """
        Jason Vallery
        Thanks for jumping on.

        Dana Okafor
        Almost done with the review,
        one section left.

        Jason Vallery
        Good.

        Dana Okafor
        Yes, Wednesday works.
        """;

    [Fact]
    public void The_layout_is_named_speaker_lines()
    {
        var source = Read(Catchup, "catchup.md");

        source.Format.Should().Be("speaker-lines");
    }

    [Fact]
    public void A_name_on_its_own_line_is_the_speaker_of_the_lines_below_it()
    {
        var source = Read(Catchup, "catchup.md");

        source.Segments.Should().Equal(
            new Segment(null, null, "Jason Vallery", "Thanks for jumping on.", 2),
            new Segment(null, null, "Dana Okafor", "Almost done with the review,\none section left.", 5),
            new Segment(null, null, "Jason Vallery", "Good.", 9),
            new Segment(null, null, "Dana Okafor", "Yes, Wednesday works.", 12));
    }

    [Fact]
    public void A_one_word_reply_on_its_own_line_is_not_a_speaker()
    {
        var source = Read("""
            Priya Raman
            Can you send the numbers? okay, thanks.

            Okay

            Marco Bellini
            Sure, I will.

            Okay

            Priya Raman
            Great.

            Marco Bellini
            Talk soon.
            """, "chat.md");

        source.Segments.Select(segment => segment.Speaker).Distinct().Should().BeEquivalentTo(["Priya Raman", "Marco Bellini"]);
    }
}
