using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources.Formats;

public sealed class OtterTextTests
{
    private const string Chat = """
        Jason Vallery  0:02
        So does search ship with the beta?

        Marco Bellini  1:09
        After. The indexer still loses documents,
        and that is a blocker.

        Jason Vallery  1:02:18
        Okay.

        Transcribed by https://otter.ai
        """;

    [Fact]
    public void The_layout_is_named_otter_txt()
    {
        var source = Read(Chat, "chat.txt");

        source.Format.Should().Be("otter-txt");
    }

    [Fact]
    public void A_heading_gives_the_speaker_and_start_of_the_lines_below_it()
    {
        var source = Read(Chat, "chat.txt");

        source.Segments.Take(2).Should().Equal(
            new Segment(At(0, 2), At(1, 9), "Jason Vallery", "So does search ship with the beta?", 2),
            new Segment(At(1, 9), At(2, 18, hours: 1), "Marco Bellini", "After. The indexer still loses documents,\nand that is a blocker.", 5));
    }

    [Fact]
    public void The_trailing_transcribed_by_line_is_not_speech()
    {
        var source = Read(Chat, "chat.txt");

        source.Segments[^1].Should().Be(new Segment(At(2, 18, hours: 1), null, "Jason Vallery", "Okay.", 9));
    }

    [Fact]
    public void A_sentence_ending_in_a_time_after_one_space_is_not_a_heading()
    {
        var source = Read("""
            We should meet again at 10:30
            and go through the numbers then.
            """, "notes.txt");

        source.Format.Should().Be("plain-text");
        source.Segments.Should().ContainSingle().Which.Speaker.Should().BeNull();
    }
}
