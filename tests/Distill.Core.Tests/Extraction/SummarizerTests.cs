using System.Text.RegularExpressions;
using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed partial class SummarizerTests
{
    private const string Jason = MeetingBuilder.Owner;
    private const string Priya = "Priya Raman";
    private const string Marco = "Marco Bellini";

    private const string DublinFull = "The Dublin storage cluster reaches full capacity before the end of the year.";
    private const string DublinFullAgain = "The Dublin storage cluster will reach full capacity before the end of this year.";
    private const string FrankfurtBudget = "Finance approved the budget for a second storage cluster in Frankfurt next quarter.";
    private const string ArchiveMove = "Moving the archive tier from Dublin to Frankfurt frees a third of the storage capacity.";
    private const string HiringHold = "Hiring for the support team in Singapore is on hold until the budget review.";
    private const string FrankfurtQuestion = "Do we know when the Frankfurt storage cluster goes live for the first customers?";

    private static readonly (string? Speaker, string Text)[] Turns =
    [
        (Jason, "Hi everyone, thanks for joining."),
        (Priya, DublinFull),
        (Jason, DublinFullAgain),
        (Marco, FrankfurtBudget),
        (Jason, FrankfurtQuestion),
        (Priya, ArchiveMove),
        (Marco, HiringHold),
        (Jason, "Sounds good, thanks everyone."),
    ];

    [Fact]
    public void The_summary_has_two_to_five_sentences()
    {
        SummarySentences(Turns).Should().HaveCountGreaterThanOrEqualTo(2).And.HaveCountLessThanOrEqualTo(5);
    }

    [Fact]
    public void The_first_sentence_says_who_discussed_the_names_and_words_the_meeting_repeats()
    {
        SummarySentences(Turns)[0].Should().Be("Jason Vallery, Priya Raman and Marco Bellini discussed Dublin, Frankfurt, storage, cluster, capacity and budget.");
    }

    [Fact]
    public void Every_summary_sentence_after_the_topics_is_a_sentence_of_the_transcript()
    {
        string[] said = [.. Turns.Select(turn => turn.Text)];

        SummarySentences(Turns).Skip(1).Should().AllSatisfy(sentence => said.Should().Contain(sentence));
    }

    [Fact]
    public void A_name_said_once_is_not_a_topic()
    {
        SummarySentences(Turns)[0].Should().NotContain("Singapore");
    }

    [Fact]
    public void No_two_summary_sentences_say_the_same()
    {
        SummarySentences(Turns).Should().ContainSingle(sentence => sentence == DublinFull || sentence == DublinFullAgain);
    }

    [Fact]
    public void The_summary_is_in_spoken_order()
    {
        var said = Turns.Select(turn => turn.Text).ToList();

        SummarySentences(Turns).Skip(1).Select(sentence => said.IndexOf(sentence)).Should().BeInAscendingOrder();
    }

    [Fact]
    public void A_question_is_not_summary()
    {
        SummarySentences(Turns).Should().NotContain(FrankfurtQuestion);
    }

    [Fact]
    public void A_summary_sentence_loses_its_lead_in()
    {
        var summary = Summarizer.Summarize(MeetingBuilder.Of(
            (Priya, "So yeah, the Dublin storage cluster reaches full capacity before the end of the year."),
            (Marco, FrankfurtBudget)));

        SentenceEnd().Split(summary).Should().Contain(DublinFull);
    }

    [Fact]
    public void A_meeting_of_small_talk_has_an_empty_summary()
    {
        Summarizer.Summarize(MeetingBuilder.Of((Jason, "Hi there."), (Priya, "Hello, how are you?"))).Should().BeEmpty();
    }

    private static string[] SummarySentences((string? Speaker, string Text)[] turns) =>
        SentenceEnd().Split(Summarizer.Summarize(MeetingBuilder.Of(turns)));

    [GeneratedRegex(@"(?<=\.)\s+")]
    private static partial Regex SentenceEnd();
}
