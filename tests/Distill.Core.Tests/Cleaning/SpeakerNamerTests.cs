using AwesomeAssertions;
using Distill.Core.Cleaning;
using Xunit;

namespace Distill.Core.Tests.Cleaning;

public sealed class SpeakerNamerTests
{
    private const string Owner = "Jason Vallery";

    [Theory]
    [InlineData("zoom.us")]
    [InlineData("Parallels Desktop")]
    [InlineData("Remote")]
    public void An_app_label_in_a_one_on_one_is_the_counterpart(string label)
    {
        SpeakerOf(label, "Jai Menon", Owner).Should().Be("Jai Menon");
    }

    [Theory]
    [InlineData("zoom.us")]
    [InlineData("Parallels Desktop")]
    [InlineData("Microsoft Teams")]
    public void An_app_label_when_the_title_names_no_counterpart_is_remote(string label)
    {
        SpeakerOf(label, SourceBuilder.NeutralTitle, Owner).Should().Be("Remote");
    }

    [Fact]
    public void The_counterpart_is_read_from_a_one_on_one_title()
    {
        SpeakerOf("zoom.us", "1:1 with Jai Menon", Owner).Should().Be("Jai Menon");
    }

    [Theory]
    [InlineData("MacBook Pro Microphone")]
    [InlineData("Jabra Speak 710")]
    [InlineData("AirPods Pro")]
    public void A_microphone_label_is_the_owner(string label)
    {
        SpeakerOf(label, SourceBuilder.NeutralTitle, Owner).Should().Be(Owner);
    }

    [Fact]
    public void A_microphone_label_without_an_owner_is_me()
    {
        SpeakerOf("MacBook Pro Microphone", SourceBuilder.NeutralTitle, null).Should().Be("Me");
    }

    [Fact]
    public void A_label_that_names_someone_stays()
    {
        SpeakerOf("Jeff Denworth", "Jai Menon", Owner).Should().Be("Jeff Denworth");
    }

    [Fact]
    public void A_segment_without_a_speaker_stays_without_one()
    {
        SpeakerOf(null, "Jai Menon", Owner).Should().BeNull();
    }

    [Theory]
    [InlineData("Jeff Denworth", true)]
    [InlineData("Speaker 3", false)]
    [InlineData("Unknown", false)]
    [InlineData("Me", false)]
    [InlineData("zoom.us", false)]
    [InlineData("Jabra Speak 710", false)]
    [InlineData("42", false)]
    [InlineData("Google Meet", false)]
    [InlineData("Meet Patel", true)]
    public void Is_person_tells_names_from_channels_and_placeholders(string label, bool isPerson)
    {
        SpeakerNamer.IsPerson(label).Should().Be(isPerson);
    }

    private static string? SpeakerOf(string? label, string title, string? owner) =>
        new SpeakerNamer().Apply(SourceBuilder.Titled(title, (label, "Hello.")), new CleaningOptions(owner)).Segments[0].Speaker;
}
