using AwesomeAssertions;
using Distill.Core.Cleaning;
using Distill.Core.Sources;
using Distill.Core.Tests.Specs;
using Xunit;

namespace Distill.Core.Tests.Cleaning;

public sealed class NoiseMarkersTests
{
    private static readonly CleaningOptions Options = new("Jason Vallery");

    public static TheoryData<string, string, string> Cases => SpecCases.Read("noise-markers.md");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_keeps_the_speech_as_written(string name, string input, string expected)
    {
        var cleaned = Clean(input);

        cleaned.Segments[0].Text.Should().Be(expected, name);
    }

    [Theory]
    [InlineData("Let me share my screen. (keyboard clicking) Can you see it?", 1)]
    [InlineData("So [BLANK_AUDIO] we start.", 1)]
    [InlineData("YouBLANK", 1)]
    [InlineData("Okay.PAUSE Gotcha.PAUSEPAUSE", 3)]
    [InlineData("Thanks, bye. Silence from 1 minute to 1 hoursilence for the rest of the video", 2)]
    [InlineData(">> So the plan is set.", 1)]
    public void Every_marker_taken_out_is_counted_as_noise(string text, int markers)
    {
        var cleaned = Clean(text);

        cleaned.Removals.Should().HaveCount(markers).And.OnlyContain(removal => removal.Kind == RemovalKind.Noise);
    }

    [Theory]
    [InlineData("I asked (Qi) about the budget.")]
    [InlineData("They say silence is golden.")]
    public void Speech_that_only_looks_like_a_marker_is_not_counted(string text)
    {
        var cleaned = Clean(text);

        cleaned.Removals.Should().BeEmpty();
    }

    [Fact]
    public void A_removal_names_the_marker_and_the_line_it_was_on()
    {
        var source = SourceBuilder.Transcript(("Remote", "Hello there."), ("Remote", "Right. [BLANK_AUDIO]"));

        var cleaned = new NoiseMarkers().Apply(source, Options);

        cleaned.Removals.Should().ContainSingle().Which.Should().Be(new Removal(RemovalKind.Noise, 2, "[BLANK_AUDIO]"));
    }

    [Fact]
    public void A_segment_of_only_noise_is_left_empty_for_a_later_step_to_drop()
    {
        var cleaned = Clean("[BLANK_AUDIO]");

        cleaned.Segments.Should().ContainSingle().Which.Text.Should().BeEmpty();
    }

    private static Source Clean(string text) =>
        new NoiseMarkers().Apply(SourceBuilder.Transcript(("Remote", text)), Options);
}
