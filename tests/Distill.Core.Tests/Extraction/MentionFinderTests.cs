using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class MentionFinderTests
{
    private const string Jason = MeetingBuilder.Owner;
    private const string Priya = "Priya Raman";

    [Fact]
    public void The_participants_other_than_the_owner_are_people()
    {
        var mentions = MentionFinder.Find(MeetingBuilder.Of((Jason, "Welcome to the sync."), (Priya, "Glad to be here.")));

        mentions.People.Should().Equal(Priya);
    }

    [Theory]
    [InlineData("I talked to Manish about the renewal.")]
    [InlineData("We had a call with Manish yesterday.")]
    [InlineData("Manish said the renewal is on track.")]
    [InlineData("Manish mentioned the renewal twice.")]
    public void A_person_named_the_way_people_are_is_a_person(string sentence)
    {
        var mentions = MentionFinder.Find(MeetingBuilder.Of((Priya, sentence)));

        mentions.People.Should().Contain("Manish");
    }

    [Fact]
    public void A_full_name_is_one_person()
    {
        var mentions = MentionFinder.Find(MeetingBuilder.Of((Priya, "I talked to Manish Kapoor about the renewal.")));

        mentions.People.Should().Contain("Manish Kapoor").And.NotContain("Manish");
    }

    [Fact]
    public void A_word_leading_into_the_name_is_not_part_of_it()
    {
        var mentions = MentionFinder.Find(MeetingBuilder.Of((Priya, "So Manish said the renewal is on track.")));

        mentions.People.Should().Equal("Manish", Priya);
    }

    [Fact]
    public void A_participant_s_first_name_is_not_another_person()
    {
        var mentions = MentionFinder.Find(MeetingBuilder.Of((Jason, "Priya said the numbers are fine."), (Priya, "They are.")));

        mentions.People.Should().Equal(Priya);
    }

    [Fact]
    public void A_name_used_as_a_place_is_not_a_person()
    {
        var mentions = MentionFinder.Find(MeetingBuilder.Of((Priya, "We have an office in Redmond. I talked to Redmond about it.")));

        mentions.People.Should().NotContain("Redmond");
    }

    [Theory]
    [InlineData("The Project Apollo launch moved to March.", "Apollo")]
    [InlineData("The Lumen project needs two more engineers.", "Lumen")]
    public void A_named_project_is_a_project(string sentence, string expected)
    {
        MentionFinder.Find(MeetingBuilder.Of((Priya, sentence))).Projects.Should().Equal(expected);
    }

    [Fact]
    public void A_named_customer_is_a_customer()
    {
        var mentions = MentionFinder.Find(MeetingBuilder.Of((Priya, "Customers like Northwind want the EU region first.")));

        mentions.Customers.Should().Equal("Northwind");
    }

    [Fact]
    public void A_weekday_is_not_a_person()
    {
        var mentions = MentionFinder.Find(MeetingBuilder.Of((Priya, "I talked to Monday's on-call engineer.")));

        mentions.People.Should().Equal(Priya);
    }
}
