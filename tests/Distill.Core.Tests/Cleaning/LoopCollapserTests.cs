using AwesomeAssertions;
using Distill.Core.Cleaning;
using Distill.Core.Sources;
using Xunit;

namespace Distill.Core.Tests.Cleaning;

public sealed class LoopCollapserTests
{
    private static readonly CleaningOptions Options = new("Jason Vallery");

    [Fact]
    public void A_sentence_said_six_times_running_is_kept_once()
    {
        var text = string.Join(' ', Enumerable.Repeat("We will ship the release on Friday.", 6));

        var cleaned = Collapse(text);

        cleaned.Segments[0].Text.Should().Be("We will ship the release on Friday.");
    }

    [Fact]
    public void A_sentence_said_six_times_running_records_five_loop_removals()
    {
        var text = string.Join(' ', Enumerable.Repeat("We will ship the release on Friday.", 6));

        var cleaned = Collapse(text);

        cleaned.Removals.Should().HaveCount(5).And.OnlyContain(removal =>
            removal.Kind == RemovalKind.Loop && removal.Text == "We will ship the release on Friday.");
    }

    [Fact]
    public void A_sentence_said_three_times_between_others_is_kept_once()
    {
        var cleaned = Collapse("Can you see my screen? I shared it now. Can you see my screen? Hmm. Can you see my screen? Good.");

        cleaned.Segments[0].Text.Should().Be("Can you see my screen? I shared it now. Hmm. Good.");
    }

    [Fact]
    public void A_word_looping_sixty_times_collapses_to_one()
    {
        var text = "So " + string.Concat(Enumerable.Repeat("it's, ", 60)) + "the point is cost.";

        var cleaned = Collapse(text);

        cleaned.Segments[0].Text.Should().Be("So it's, the point is cost.");
    }

    [Fact]
    public void A_word_said_four_times_running_is_a_loop()
    {
        var cleaned = Collapse("You You You You");

        cleaned.Segments[0].Text.Should().Be("You");
    }

    [Fact]
    public void A_word_said_three_times_for_emphasis_is_kept()
    {
        var cleaned = Collapse("It was very, very, very good.");

        cleaned.Segments[0].Text.Should().Be("It was very, very, very good.");
    }

    [Fact]
    public void A_greeting_said_twice_is_kept()
    {
        var cleaned = Collapse("Hello! Hello! Can you hear me?");

        cleaned.Removals.Should().BeEmpty();
    }

    [Fact]
    public void A_short_sentence_said_three_times_is_kept()
    {
        var cleaned = Collapse("Yeah. That works. Yeah. Sure. Yeah.");

        cleaned.Segments[0].Text.Should().Be("Yeah. That works. Yeah. Sure. Yeah.");
    }

    [Fact]
    public void A_phrase_said_three_times_running_is_a_loop()
    {
        var cleaned = Collapse("Thank you. Thank you. Thank you. Bye.");

        cleaned.Segments[0].Text.Should().Be("Thank you. Bye.");
    }

    [Fact]
    public void A_removal_carries_the_line_of_its_segment()
    {
        var source = SourceBuilder.Transcript(("Remote", "Fine."), ("Remote", "You You You You"));

        var cleaned = new LoopCollapser().Apply(source, Options);

        cleaned.Removals.Should().OnlyContain(removal => removal.Line == 2);
    }

    private static Source Collapse(string text) =>
        new LoopCollapser().Apply(SourceBuilder.Transcript(("Remote", text)), Options);
}
