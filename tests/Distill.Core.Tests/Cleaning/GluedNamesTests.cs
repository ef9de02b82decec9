using AwesomeAssertions;
using Distill.Core.Cleaning;
using Distill.Core.Sources;
using Xunit;

namespace Distill.Core.Tests.Cleaning;

public sealed class GluedNamesTests
{
    private const string Owner = "Jason Vallery";

    private static readonly CleaningOptions WithOwner = new(Owner);
    private static readonly CleaningOptions WithoutOwner = new(null);

    [Fact]
    public void The_owners_name_glued_to_speech_becomes_the_speaker()
    {
        var split = Split(WithOwner, (null, "Jason ValleryYeah, I apologize."));

        split.Segments[0].Should().Be(SourceBuilder.Turn(0, Owner, "Yeah, I apologize."));
    }

    [Fact]
    public void A_glued_name_followed_by_a_lower_case_word_is_still_split()
    {
        var split = Split(WithOwner, (null, "Jason Valleryon your side?"));

        split.Segments[0].Should().Be(SourceBuilder.Turn(0, Owner, "on your side?"));
    }

    [Fact]
    public void Remote_glued_to_speech_becomes_the_speaker()
    {
        var split = Split(WithoutOwner, (null, "RemoteOh no, the link expired."));

        split.Segments[0].Should().Be(SourceBuilder.Turn(0, "Remote", "Oh no, the link expired."));
    }

    [Fact]
    public void A_word_that_starts_with_remote_is_speech()
    {
        var split = Split(WithoutOwner, (null, "Remotely, we could run it from the office."));

        split.Segments[0].Should().Be(SourceBuilder.Turn(0, null, "Remotely, we could run it from the office."));
    }

    [Fact]
    public void A_name_said_with_a_comma_after_it_is_speech()
    {
        var split = Split(WithOwner, ("Remote", "Jason Vallery, hi, can you hear me?"));

        split.Segments[0].Should().Be(SourceBuilder.Turn(0, "Remote", "Jason Vallery, hi, can you hear me?"));
    }

    [Fact]
    public void A_device_label_takes_the_name_glued_behind_it_elsewhere()
    {
        var split = Split(WithOwner,
            ("Jabra Speak 710", "Jason ValleryHi, can you hear me?"),
            ("Jabra Speak 710", "Let me share my screen."));

        split.Segments[1].Speaker.Should().Be(Owner);
    }

    [Fact]
    public void A_device_label_with_two_names_glued_behind_it_keeps_its_label()
    {
        var split = Split(WithOwner,
            ("Jabra Speak 710", "Jason ValleryHi, can you hear me?"),
            ("Jabra Speak 710", "RemoteYes, loud and clear."),
            ("Jabra Speak 710", "Let me share my screen."));

        split.Segments[2].Speaker.Should().Be("Jabra Speak 710");
    }

    [Fact]
    public void A_name_that_starts_several_segments_is_split_without_being_configured()
    {
        var split = Split(WithoutOwner, (null, "Jai MenonSo the plan is set."), (null, "Jai MenonRight, agreed."));

        split.Segments.Select(segment => (segment.Speaker, segment.Text)).Should().Equal(
            ("Jai Menon", "So the plan is set."),
            ("Jai Menon", "Right, agreed."));
    }

    [Fact]
    public void A_name_glued_only_once_is_not_guessed()
    {
        var split = Split(WithoutOwner, (null, "Jai MenonSo the plan is set."), (null, "Sounds good."));

        split.Segments[0].Should().Be(SourceBuilder.Turn(0, null, "Jai MenonSo the plan is set."));
    }

    [Fact]
    public void Sentence_starters_glued_together_are_not_a_name()
    {
        var split = Split(WithoutOwner, (null, "OkaySo we start."), (null, "OkaySo we start again."));

        split.Segments.Select(segment => segment.Speaker).Should().Equal(null, null);
    }

    private static Source Split(CleaningOptions options, params (string? Speaker, string Text)[] turns) =>
        new GluedNames().Apply(SourceBuilder.Transcript(turns), options);
}
