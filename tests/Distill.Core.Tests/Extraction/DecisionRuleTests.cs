using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class DecisionRuleTests
{
    private const string Jason = MeetingBuilder.Owner;
    private const string Priya = "Priya Raman";
    private const string Marco = "Marco Bellini";

    private static readonly DecisionRule Decisions = new();

    [Fact]
    public void An_agreement_is_a_decision()
    {
        var meeting = MeetingBuilder.Of((Jason, "So where did we land on the beta?"), (Priya, "We agreed to ship the beta in March."));

        Decisions.Find(meeting).Should().ContainSingle().Which.Text.Should().Be("We agreed to ship the beta in March.");
    }

    [Fact]
    public void Settling_on_a_design_option_is_a_decision_and_waiting_to_see_is_not()
    {
        var meeting = MeetingBuilder.Of(
            (Priya, "So we'll go with the rubber case then."),
            (Marco, "We'll see how the prototype holds up."));

        Decisions.Find(meeting).Should().ContainSingle().Which.Text.Should().Be("We'll go with the rubber case then.");
    }

    [Theory]
    [InlineData("Let's not bother with the advanced chip on print.")]
    [InlineData("We're having push buttons on the outside of the case.")]
    [InlineData("We're not gonna have any sort of display on the case.")]
    [InlineData("I think we'll probably just go with the rubber case for the remote.")]
    public void A_choice_the_team_makes_is_a_decision(string said)
    {
        var meeting = MeetingBuilder.Of((Priya, said));

        Decisions.Find(meeting).Should().ContainSingle();
    }

    [Theory]
    [InlineData("The beta build went out to five customers in March.")]
    [InlineData("Should we go with the rubber case for the remote?")]
    [InlineData("If we go with the rubber case the costs go up a lot.")]
    [InlineData("We'll have to check the rubber prices with finance.")]
    [InlineData("Assuming we use the rubber case, the costs go one of two ways.")]
    [InlineData("My guess is the prices settle, and then we'll go with the rubber case.")]
    [InlineData("It all failed and then they said we're gonna keep our own remote design.")]
    public void A_statement_a_question_a_condition_or_an_obligation_is_not_a_decision(string said)
    {
        var meeting = MeetingBuilder.Of((Priya, said));

        Decisions.Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void A_short_sentence_with_a_cue_is_not_a_decision()
    {
        var meeting = MeetingBuilder.Of((Priya, "We agreed on that."));

        Decisions.Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void A_cue_the_item_text_leaves_out_does_not_make_a_decision()
    {
        var meeting = MeetingBuilder.Of((Priya, "They are looking at moving data that sits in the cloud back on premises, and they want one namespace across both sites, and that is not something we offer today, so we have the requirements to drive."));

        Decisions.Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void The_item_text_loses_its_lead_in_and_fillers()
    {
        var meeting = MeetingBuilder.Of((Priya, "So yeah, we agreed to um ship the beta in March."));

        Decisions.Find(meeting).Should().ContainSingle().Which.Text.Should().Be("We agreed to ship the beta in March.");
    }

    [Fact]
    public void A_decision_in_the_last_part_of_the_meeting_scores_above_the_same_said_early()
    {
        var meeting = MeetingBuilder.Of(
            (Priya, "We'll use the solar cell for the remote."),
            (Marco, "The market research covered twelve countries."),
            (Jason, "The designers showed three sketches of the case."),
            (Marco, "The trend watchers like fruit and vegetable colours."),
            (Jason, "We'll use the kinetic battery for the remote."));

        var decisions = Decisions.Find(meeting).ToList();

        decisions.Should().HaveCount(2);
        decisions[1].Score.Should().BeGreaterThan(decisions[0].Score);
    }

    [Fact]
    public void A_decision_cites_the_last_sentence_that_says_its_subject_again()
    {
        var meeting = MeetingBuilder.Of(
            (Priya, "We'll go with the rubber case and the spinning wheel."),
            (Marco, "The rubber case feels soft in the hand."),
            (Jason, "Fine by me, the budget holds."),
            (Priya, "To sum up: a rubber case, push buttons, a spinning wheel."));

        Decisions.Find(meeting).Should().ContainSingle().Which.Passages.Select(passage => passage.Index)
            .Should().Equal(0, 3, 1);
    }

    [Fact]
    public void A_sentence_sharing_one_word_with_a_decision_is_not_cited()
    {
        var meeting = MeetingBuilder.Of(
            (Priya, "We'll go with the rubber case for the remote."),
            (Marco, "The rubber ducks arrived at the office today."));

        Decisions.Find(meeting).Should().ContainSingle().Which.Passages.Should().ContainSingle();
    }
}
