using AwesomeAssertions;
using Distill.Core.Extraction;
using Distill.Core.Sources;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class UtteranceTests
{
    [Fact]
    public void A_quoted_segment_gives_no_sentence()
    {
        var source = SourceBuilderOf(
            new Segment(null, null, "Priya Raman", "We shipped it.", 1),
            new Segment(null, null, "Priya Raman", "Can you send the deck?", 3) { Quoted = true });

        Utterance.Of(source).Select(utterance => utterance.Text).Should().Equal("We shipped it.");
    }

    [Fact]
    public void A_segment_is_cut_into_its_sentences_in_order()
    {
        var source = MeetingBuilder.Single(new Segment(TimeSpan.Zero, TimeSpan.FromSeconds(10), "Priya Raman", "We shipped it. Then we tested it? Finally we wrote it up!", 1));

        var texts = Utterance.Of(source).Select(utterance => utterance.Text);

        texts.Should().Equal("We shipped it.", "Then we tested it?", "Finally we wrote it up!");
    }

    [Fact]
    public void A_sentence_in_the_middle_of_a_long_segment_gets_a_time_interpolated_by_character_offset()
    {
        // 40 + 40 + 20 characters: the middle sentence spans 40% to 80% of a segment from 100 s to 200 s.
        const string text = "We looked at the storage numbers first. The Dublin cluster will be full by May. Hiring came up last.";
        text.Length.Should().Be(100);
        var source = MeetingBuilder.Single(new Segment(TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(200), "Priya Raman", text, 1));

        var middle = Utterance.Of(source)[1];

        middle.Text.Should().Be("The Dublin cluster will be full by May.");
        middle.Start.Should().Be(TimeSpan.FromSeconds(140));
        middle.End.Should().Be(TimeSpan.FromSeconds(180));
    }

    [Fact]
    public void A_segment_without_an_end_gives_every_sentence_its_start()
    {
        var source = MeetingBuilder.Single(new Segment(TimeSpan.FromSeconds(30), null, "Priya Raman", "First we met. Then we planned the launch.", 1));

        var second = Utterance.Of(source)[1];

        second.Start.Should().Be(TimeSpan.FromSeconds(30));
        second.End.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_source_without_times_gives_sentences_without_times()
    {
        var source = MeetingBuilder.Single(new Segment(null, null, null, "A plain paragraph of notes. Another sentence of notes.", 4));

        Utterance.Of(source).Should().AllSatisfy(utterance =>
        {
            utterance.Start.Should().BeNull();
            utterance.End.Should().BeNull();
        });
    }

    [Fact]
    public void A_sentence_on_the_third_line_of_a_segment_has_that_line()
    {
        var source = MeetingBuilder.Single(new Segment(null, null, "Priya Raman", "The first line ends here.\nThe second line ends here.\nThe third line names the Dublin cluster.", 10));

        var third = Utterance.Of(source).Single(utterance => utterance.Text.Contains("Dublin", StringComparison.Ordinal));

        third.Line.Should().Be(12);
    }

    [Fact]
    public void Evidence_carries_the_speaker_times_and_line()
    {
        var utterance = new Utterance(2, "The Dublin cluster will be full by May.", "Priya Raman", TimeSpan.FromSeconds(140), TimeSpan.FromSeconds(180), 7);

        utterance.Evidence(new Grounding(string.Empty)).Should().Be(new Evidence(TimeSpan.FromSeconds(140), TimeSpan.FromSeconds(180), "Priya Raman", "The Dublin cluster will be full by May.", 7));
    }

    private static Source SourceBuilderOf(params Segment[] segments) => Cleaning.SourceBuilder.Of(Cleaning.SourceBuilder.NeutralTitle, [.. segments]);
}
