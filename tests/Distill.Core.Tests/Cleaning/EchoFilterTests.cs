using AwesomeAssertions;
using Distill.Core.Cleaning;
using Distill.Core.Sources;
using Xunit;

namespace Distill.Core.Tests.Cleaning;

public sealed class EchoFilterTests
{
    private const string Owner = "Jason Vallery";
    private const string Remote = "Jai Menon";
    private const string Echoed = "We need to move the storage cluster next quarter.";

    private static readonly CleaningOptions Options = new(Owner);

    [Fact]
    public void The_local_channel_loses_a_sentence_the_remote_side_said()
    {
        var source = SourceBuilder.Transcript((Remote, Echoed + " Does that work?"), (Owner, Echoed + " Sure, that works for me."));

        var filtered = new EchoFilter().Apply(source, Options);

        filtered.Segments[1].Text.Should().Be("Sure, that works for me.");
    }

    [Fact]
    public void The_remote_copy_of_an_echoed_sentence_stays()
    {
        var source = SourceBuilder.Transcript((Remote, Echoed + " Does that work?"), (Owner, Echoed + " Sure, that works for me."));

        var filtered = new EchoFilter().Apply(source, Options);

        filtered.Segments[0].Text.Should().Be(Echoed + " Does that work?");
    }

    [Fact]
    public void An_echo_is_recorded_with_its_sentence_and_line()
    {
        var source = SourceBuilder.Transcript((Remote, Echoed + " Does that work?"), (Owner, Echoed + " Sure, that works for me."));

        var filtered = new EchoFilter().Apply(source, Options);

        filtered.Removals.Should().ContainSingle().Which.Should().Be(new Removal(RemovalKind.Echo, 2, Echoed));
    }

    [Fact]
    public void Only_the_echoed_words_go_and_no_segment_is_dropped()
    {
        var source = SourceBuilder.Transcript((Remote, Echoed + " Does that work?"), (Owner, Echoed + " Sure, that works for me."));
        SourceBuilder.WordCount(source).Should().Be(26);

        var filtered = new EchoFilter().Apply(source, Options);

        filtered.Segments.Should().HaveCount(2);
        SourceBuilder.WordCount(filtered).Should().Be(17);
    }

    [Fact]
    public void The_local_copy_goes_even_when_it_comes_first()
    {
        var source = SourceBuilder.Transcript((Owner, Echoed), (Remote, Echoed + " Does that work?"));

        var filtered = new EchoFilter().Apply(source, Options);

        filtered.Segments.Select(segment => segment.Text).Should().Equal(string.Empty, Echoed + " Does that work?");
    }

    [Fact]
    public void A_short_sentence_said_back_is_kept()
    {
        var source = SourceBuilder.Transcript((Remote, "Right down the street."), (Owner, "Right down the street."));

        var filtered = new EchoFilter().Apply(source, Options);

        filtered.Segments[1].Text.Should().Be("Right down the street.");
    }

    [Fact]
    public void Between_two_remote_speakers_the_later_copy_goes()
    {
        var source = SourceBuilder.Transcript((Remote, Echoed), ("Jeff Denworth", Echoed + " Agreed."));

        var filtered = new EchoFilter().Apply(source, Options);

        filtered.Segments.Select(segment => segment.Text).Should().Equal(Echoed, "Agreed.");
    }

    [Fact]
    public void The_same_speaker_repeating_themselves_is_not_an_echo()
    {
        var source = SourceBuilder.Transcript((Owner, Echoed), (Owner, Echoed));

        var filtered = new EchoFilter().Apply(source, Options);

        filtered.Removals.Should().BeEmpty();
    }

    [Fact]
    public void A_sentence_said_again_minutes_later_is_not_an_echo()
    {
        var source = SourceBuilder.Of(SourceBuilder.NeutralTitle,
        [
            new Segment(TimeSpan.Zero, TimeSpan.FromSeconds(5), Remote, Echoed, 1),
            new Segment(TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(4.1), Owner, Echoed, 2),
        ]);

        var filtered = new EchoFilter().Apply(source, Options);

        filtered.Removals.Should().BeEmpty();
    }

    [Fact]
    public void Without_an_owner_the_local_channel_is_me()
    {
        var source = SourceBuilder.Transcript(("Remote", Echoed), ("Me", Echoed + " Sure."));

        var filtered = new EchoFilter().Apply(source, new CleaningOptions(null));

        filtered.Segments[1].Text.Should().Be("Sure.");
    }
}
