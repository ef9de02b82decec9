using AwesomeAssertions;
using Distill.Core.Extraction;
using Distill.Core.Tests.Cleaning;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class ParticipantFinderTests
{
    private const string Jason = MeetingBuilder.Owner;
    private const string Priya = "Priya Raman";

    private static readonly ExtractionOptions Options = new(Jason);

    [Fact]
    public void The_owner_comes_first_then_the_speakers_in_order()
    {
        var source = SourceBuilder.Transcript((Priya, "Morning."), ("Marco Bellini", "Morning all."), (Jason, "Let's start."));

        ParticipantFinder.Find(source, Options).Should().Equal(Jason, Priya, "Marco Bellini");
    }

    [Fact]
    public void Without_an_owner_only_the_speakers_take_part()
    {
        var source = SourceBuilder.Transcript((Priya, "Morning."), ("Marco Bellini", "Morning all."));

        ParticipantFinder.Find(source, new ExtractionOptions(null)).Should().Equal(Priya, "Marco Bellini");
    }

    [Fact]
    public void The_counterpart_named_in_the_title_takes_part()
    {
        var source = SourceBuilder.Titled("1:1 with Priya Raman", (null, "Let's go through the numbers."));

        ParticipantFinder.Find(source, Options).Should().Equal(Jason, Priya);
    }

    [Fact]
    public void A_placeholder_speaker_does_not_take_part()
    {
        var source = SourceBuilder.Transcript(("Speaker 2", "Let's go through the numbers."), (Jason, "Sure."));

        ParticipantFinder.Find(source, Options).Should().Equal(Jason);
    }

    [Theory]
    [InlineData("Hey Vishnu, good to see you.")]
    [InlineData("Thanks Vishnu.")]
    [InlineData("Vishnu, can you share the plan?")]
    [InlineData("Hi, my name is Vishnu.")]
    public void A_person_greeted_asked_or_introduced_takes_part(string sentence)
    {
        var source = SourceBuilder.Transcript((Jason, sentence));

        ParticipantFinder.Find(source, Options).Should().Equal(Jason, "Vishnu");
    }

    [Fact]
    public void A_person_introduced_by_full_name_takes_part()
    {
        var source = SourceBuilder.Transcript(("Remote", "Hi, I'm Jonsi Stefansson from the storage team."));

        ParticipantFinder.Find(source, Options).Should().Equal(Jason, "Jonsi Stefansson");
    }

    [Theory]
    [InlineData("Hey everyone, let's begin.")]
    [InlineData("Thanks Microsoft.")]
    [InlineData("Good morning, Team.")]
    public void A_greeting_to_no_one_in_particular_names_nobody(string sentence)
    {
        var source = SourceBuilder.Transcript((Jason, sentence));

        ParticipantFinder.Find(source, Options).Should().Equal(Jason);
    }

    [Fact]
    public void A_first_name_folds_into_the_full_name()
    {
        var source = SourceBuilder.Transcript((Jason, "Thanks Priya."), (Priya, "Sure."));

        ParticipantFinder.Find(source, Options).Should().Equal(Jason, Priya);
    }

    [Fact]
    public void A_misspelled_full_name_folds_into_the_owner()
    {
        var source = SourceBuilder.Transcript(("Jason Valerie", "Let's start."), (Priya, "Sure."));

        ParticipantFinder.Find(source, Options).Should().Equal(Jason, Priya);
    }

    [Fact]
    public void A_name_addressed_twice_mid_sentence_takes_part()
    {
        var source = SourceBuilder.Transcript((Jason, "So, Tomer, we're ready."), (Priya, "What do you think, Tomer?"));

        ParticipantFinder.Find(source, Options).Should().Contain("Tomer");
    }

    [Fact]
    public void Two_people_with_different_first_names_stay_apart()
    {
        var source = SourceBuilder.Transcript(("Priya Raman", "Morning."), ("Marco Raman", "Morning."));

        ParticipantFinder.Find(source, new ExtractionOptions(null)).Should().Equal("Priya Raman", "Marco Raman");
    }

    [Fact]
    public void A_name_addressed_twice_takes_part_in_a_group_meeting()
    {
        var source = SourceBuilder.Titled("Weekly sync", (null, "So, Tomer, what do you see? And the numbers, Tomer, are they final?"));

        ParticipantFinder.Find(source, Options).Should().Contain("Tomer");
    }

    [Fact]
    public void A_name_addressed_twice_in_a_one_on_one_is_someone_talked_about()
    {
        var source = SourceBuilder.Titled("Priya Raman", (null, "So, Tomer, what do you see? And the numbers, Tomer, are they final?"));

        ParticipantFinder.Find(source, Options).Should().Equal(Jason, Priya);
    }
}
