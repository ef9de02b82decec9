using AwesomeAssertions;
using Distill.Core.Cleaning;
using Distill.Core.Sources;
using Xunit;

namespace Distill.Core.Tests.Cleaning;

public sealed class CleanerTests
{
    private const string Owner = "Jason Vallery";

    private static readonly CleaningOptions Options = new(Owner);

    private static Source Call() => SourceBuilder.Titled(
        "Jai Menon",
        (null, "Jason ValleryHi Jai, can you hear me?"),
        ("zoom.us", "Yes, I can hear you fine today. [BLANK_AUDIO]"),
        ("MacBook Pro Microphone", "Yes, I can hear you fine today."),
        ("zoom.us", "(keyboard clicking)"));

    [Fact]
    public void A_call_comes_out_as_who_said_what()
    {
        var cleaned = Cleaner.Clean(Call(), Options);

        cleaned.Segments.Select(segment => (segment.Speaker, segment.Text)).Should().Equal(
            (Owner, "Hi Jai, can you hear me?"),
            ("Jai Menon", "Yes, I can hear you fine today."));
    }

    [Fact]
    public void Segments_emptied_by_cleaning_are_dropped_and_what_went_is_counted()
    {
        var source = Call();
        source.Segments.Should().HaveCount(4);

        var cleaned = Cleaner.Clean(source, Options);

        cleaned.Segments.Should().HaveCount(2);
        cleaned.Removals.Select(removal => removal.Kind).Should().BeEquivalentTo(
            [RemovalKind.Noise, RemovalKind.Noise, RemovalKind.Echo]);
    }

    [Fact]
    public void A_glued_remote_label_becomes_the_counterpart_of_the_title()
    {
        var source = SourceBuilder.Titled("Jai Menon", (null, "RemoteOh no, the link expired."));

        var cleaned = Cleaner.Clean(source, Options);

        cleaned.Segments[0].Should().Be(SourceBuilder.Turn(0, "Jai Menon", "Oh no, the link expired."));
    }

    [Fact]
    public void The_title_is_repaired_before_it_names_the_counterpart()
    {
        var source = SourceBuilder.Titled("1:1 â€” Jai Menon", ("zoom.us", "Hello."));

        var cleaned = Cleaner.Clean(source, Options);

        cleaned.Segments[0].Speaker.Should().Be("Jai Menon");
    }

    [Fact]
    public void Cleaning_a_cleaned_source_again_changes_nothing()
    {
        var twice = Cleaner.Clean(Cleaner.Clean(Call(), Options), Options);

        twice.Segments.Select(segment => (segment.Speaker, segment.Text)).Should().Equal(
            (Owner, "Hi Jai, can you hear me?"),
            ("Jai Menon", "Yes, I can hear you fine today."));
        twice.Removals.Should().HaveCount(3);
    }
}
