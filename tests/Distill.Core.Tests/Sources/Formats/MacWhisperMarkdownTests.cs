using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources.Formats;

public sealed class MacWhisperMarkdownTests
{
    private const string Turns = """
        Thank you.
        *00:04*

        **Marco Bellini**: Okay, let's start.
        *00:12*

        **Dana Okafor**: I read both options.
        *01:05*
        """;

    [Fact]
    public void The_layout_is_named_macwhisper_markdown()
    {
        var source = Read(Turns, "review.md");

        source.Format.Should().Be("macwhisper-markdown");
    }

    [Fact]
    public void Each_turn_takes_the_time_below_it_and_ends_where_the_next_begins()
    {
        var source = Read(Turns, "review.md");

        source.Segments.Should().Equal(
            new Segment(At(0, 4), At(0, 12), null, "Thank you.", 1),
            new Segment(At(0, 12), At(1, 5), "Marco Bellini", "Okay, let's start.", 4),
            new Segment(At(1, 5), null, "Dana Okafor", "I read both options.", 7));
    }

    [Fact]
    public void A_last_turn_without_a_time_keeps_its_speaker_and_takes_the_time_before_with_a_warning()
    {
        var source = Read("""
            **Marco Bellini**: Okay, let's start.
            *00:12*

            **Dana Okafor**: Last words.
            """, "review.md");

        source.Segments[^1].Should().Be(new Segment(At(0, 12), null, "Dana Okafor", "Last words.", 4));
        source.Warnings.Should().ContainSingle().Which.Should().Be("line 4: no time follows the last turn; it takes the time of the turn before");
    }
}
