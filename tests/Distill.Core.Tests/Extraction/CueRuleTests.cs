using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class CueRuleTests
{
    private const string Jason = MeetingBuilder.Owner;
    private const string Priya = "Priya Raman";

    private static readonly CueRule Risks = new(Field.Risk, ItemCues.Risk(), ItemCues.StrongRisk());
    private static readonly CueRule OpenQuestions = new(Field.OpenQuestion, ItemCues.OpenQuestion(), questionsOnly: true);

    [Fact]
    public void A_worry_is_a_risk()
    {
        var meeting = MeetingBuilder.Of((Jason, "How is the capacity plan going?"), (Priya, "I'm worried the EU region will run out of capacity."));

        Risks.Find(meeting).Should().ContainSingle().Which.Text.Should().Be("I'm worried the EU region will run out of capacity.");
    }

    [Theory]
    [InlineData("This is the vendor's new play to de-risk every new data center.")]
    [InlineData("We run a single non-blocking back-end network between the halls.")]
    [InlineData("The sooner we get engaged with the vendor, the less risk for us.")]
    public void A_risk_made_into_its_opposite_is_not_a_risk(string said)
    {
        var meeting = MeetingBuilder.Of((Jason, "How is the capacity plan going?"), (Priya, said));

        Risks.Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void A_strong_cue_scores_above_a_weak_one()
    {
        var meeting = MeetingBuilder.Of(
            (Priya, "I'm worried the EU region will run out of capacity."),
            (Priya, "The EU region had a delay in capacity orders."));

        var risks = Risks.Find(meeting).ToList();

        risks.Should().HaveCount(2);
        risks[0].Score.Should().BeGreaterThan(risks[1].Score);
    }

    [Fact]
    public void An_unanswered_substantive_question_is_an_open_question()
    {
        var meeting = MeetingBuilder.Of(
            (Jason, "How will we migrate the billing database without downtime?"),
            (Priya, "Good question."),
            (Jason, "Let's move on to hiring."));

        OpenQuestions.Find(meeting).Should().ContainSingle().Which.Text.Should().Be("How will we migrate the billing database without downtime?");
    }

    [Theory]
    [InlineData("The billing database sits within the platform team's org, right?")]
    [InlineData("So we keep the same pricing model in the cloud and on-prem, correct?")]
    [InlineData("We move the billing database first and the ledger after it, does that make sense?")]
    public void A_statement_asking_for_a_nod_is_not_an_open_question(string said)
    {
        var meeting = MeetingBuilder.Of((Jason, said), (Priya, "Yes."));

        OpenQuestions.Find(meeting).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Marco, could you send the capacity numbers to Priya before Wednesday?")]
    [InlineData("Can you share the billing database migration plan with finance?")]
    [InlineData("Do you want me to set a call with the billing database team?")]
    public void A_request_put_as_a_question_is_not_an_open_question(string said)
    {
        var meeting = MeetingBuilder.Of((Jason, said), (Priya, "Sure."));

        OpenQuestions.Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void A_run_on_ending_in_a_question_mark_is_not_an_open_question()
    {
        var meeting = MeetingBuilder.Of(
            (Jason, "So one of the things, and I assume the platform team and the billing team are going through this too, is that we will see a moment as the build out equalizes and supply and demand equalize where the third party opportunity explodes and then we have to decide what to do?"),
            (Priya, "Yes."));

        OpenQuestions.Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void A_question_answered_at_length_is_not_an_open_question()
    {
        var meeting = MeetingBuilder.Of(
            (Jason, "How will we migrate the billing database without downtime?"),
            (Priya, "We replicate the database to the new cluster first, then switch the writers over during the Sunday maintenance window."));

        OpenQuestions.Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void A_question_brushed_off_before_someone_else_changes_the_subject_is_an_open_question()
    {
        var meeting = MeetingBuilder.Of(
            (Jason, "How will we migrate the billing database without downtime?"),
            (Priya, "Good question."),
            ("Marco Bellini", "We need to update the deployment runbook before the launch."));

        OpenQuestions.Find(meeting).Should().ContainSingle().Which.Text.Should().Be("How will we migrate the billing database without downtime?");
    }

    [Fact]
    public void Small_talk_is_not_an_open_question()
    {
        var meeting = MeetingBuilder.Of((Jason, "How are you doing?"), (Priya, "Fine."));

        OpenQuestions.Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void A_cue_of_uncertainty_is_an_open_question_without_a_question_mark()
    {
        var meeting = MeetingBuilder.Of((Priya, "It's still not clear who owns the billing migration."));

        OpenQuestions.Find(meeting).Should().ContainSingle();
    }

    [Fact]
    public void A_short_sentence_with_a_cue_is_not_an_item()
    {
        var meeting = MeetingBuilder.Of((Priya, "I'm worried about that."));

        Risks.Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void The_item_text_loses_its_lead_in_and_fillers()
    {
        var meeting = MeetingBuilder.Of((Priya, "So yeah, I'm um worried the EU region will run out of capacity."));

        Risks.Find(meeting).Should().ContainSingle().Which.Text.Should().Be("I'm worried the EU region will run out of capacity.");
    }
}
