using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class TaskRuleTests
{
    private const string Jason = MeetingBuilder.Owner;
    private const string Priya = "Priya Raman";
    private const string Marco = "Marco Bellini";

    [Fact]
    public void A_promise_in_a_one_to_one_is_owned_by_its_speaker()
    {
        var task = Single(
            (Jason, "Thanks for making the time today."),
            (Priya, "I'll send the pricing sheet by Friday."));

        task.Owner.Should().Be(Priya);
    }

    [Fact]
    public void A_request_in_a_one_to_one_is_owned_by_the_other_party()
    {
        var task = Single(
            (Priya, "Thanks for making the time today."),
            (Jason, "Can you send me the pricing sheet?"));

        task.Owner.Should().Be(Priya);
    }

    [Fact]
    public void A_request_naming_a_participant_by_first_name_is_owned_by_that_participant()
    {
        var task = Single(
            (Priya, "The Dublin numbers look fine to me."),
            (Marco, "Good to hear that from you."),
            (Jason, "Marco, can you check the EU capacity?"),
            (Priya, "I think he is out today."));

        task.Owner.Should().Be(Marco);
    }

    [Fact]
    public void A_request_greeting_a_participant_is_owned_by_that_participant()
    {
        var task = Single(
            (Priya, "The Dublin numbers look fine to me."),
            (Marco, "Good to hear that from you."),
            (Jason, "Hey Marco, can you check the EU capacity?"),
            (Priya, "I think he is out today."));

        task.Owner.Should().Be(Marco);
    }

    [Fact]
    public void A_request_naming_a_participant_at_its_end_is_owned_by_that_participant()
    {
        var task = Single(
            (Priya, "The Dublin numbers look fine to me."),
            (Marco, "Good to hear that from you."),
            (Jason, "Can you check the EU capacity, Marco?"),
            (Priya, "I think he is out today."));

        task.Owner.Should().Be(Marco);
    }

    [Fact]
    public void An_unnamed_request_in_a_group_is_owned_by_whoever_speaks_next()
    {
        var task = Single(
            (Priya, "The Dublin numbers look fine to me."),
            (Marco, "Good to hear that from you."),
            (Jason, "Can you draft the migration plan for the EU region?"),
            (Jason, "Nothing fancy."),
            (Marco, "Sure, I can do that."));

        task.Owner.Should().Be(Marco);
    }

    [Fact]
    public void An_assignment_naming_a_participant_is_owned_by_that_participant()
    {
        var task = Single(
            (Jason, "The Dublin numbers look fine to me."),
            (Marco, "Good to hear."),
            (Jason, "So Marco is going to check the EU capacity numbers."));

        task.Owner.Should().Be(Marco);
    }

    [Fact]
    public void An_assignment_naming_no_participant_is_not_a_task()
    {
        new TaskRule().Find(MeetingBuilder.Of(
            (Jason, "The Dublin numbers look fine to me."),
            (Priya, "Microsoft will announce the new regions next quarter."))).Should().BeEmpty();
    }

    [Fact]
    public void The_due_phrase_leaves_the_task_text()
    {
        var task = Single(
            (Jason, "Thanks for making the time today."),
            (Priya, "I'll send the pricing sheet by Friday."));

        task.Text.Should().Be("Send the pricing sheet.");
    }

    [Fact]
    public void A_shared_duty_is_owned_by_its_speaker()
    {
        var task = Single(
            (Priya, "The Dublin numbers look fine to me."),
            (Marco, "We need to update the deployment runbook by Friday."),
            (Jason, "Agreed."));

        task.Owner.Should().Be(Marco);
    }

    [Fact]
    public void By_Friday_is_resolved_against_the_meeting_date()
    {
        var task = Single(
            (Jason, "Thanks for making the time today."),
            (Priya, "I'll send the pricing sheet by Friday."));

        task.Due.Should().Be(new DateOnly(2025, 10, 3));
    }

    [Fact]
    public void A_task_without_a_date_has_no_due_date()
    {
        var task = Single(
            (Jason, "Thanks for making the time today."),
            (Priya, "I'll send the pricing sheet to finance."));

        task.Due.Should().BeNull();
    }

    [Fact]
    public void An_urgent_task_has_the_highest_priority()
    {
        var task = Single(
            (Jason, "Thanks for making the time today."),
            (Priya, "I'll restart the billing service, it's urgent."));

        task.Priority.Should().Be(Priority.Highest);
    }

    [Fact]
    public void A_task_without_a_cue_has_medium_priority()
    {
        var task = Single(
            (Jason, "Thanks for making the time today."),
            (Priya, "I'll send the pricing sheet to finance."));

        task.Priority.Should().Be(Priority.Medium);
    }

    [Fact]
    public void A_request_names_the_people_behind_you_and_me()
    {
        var task = Single(
            (Priya, "Thanks for making the time today."),
            (Jason, "Can you send me the pricing sheet?"));

        task.Text.Should().Be("Send Jason the pricing sheet.");
    }

    [Fact]
    public void A_promise_loses_its_fillers()
    {
        var task = Single(
            (Jason, "Thanks for making the time today."),
            (Priya, "I'll um send the updated pricing sheet to finance."));

        task.Text.Should().Be("Send the updated pricing sheet to finance.");
    }

    [Fact]
    public void A_request_to_check_is_a_follow_up()
    {
        var task = Single(
            (Priya, "Thanks for making the time today."),
            (Jason, "Can you check the EU capacity numbers?"));

        task.Field.Should().Be(Field.FollowUp);
    }

    [Fact]
    public void A_promise_to_deliver_is_an_action_item()
    {
        var task = Single(
            (Jason, "Thanks for making the time today."),
            (Priya, "I'll send the pricing sheet to finance."));

        task.Field.Should().Be(Field.ActionItem);
    }

    [Theory]
    [InlineData("I'll tell you what, the pricing numbers look solid this quarter.")]
    [InlineData("Can you hear me okay with the new headset?")]
    [InlineData("Let me share my screen with the roadmap slides.")]
    [InlineData("Can you see my screen with the roadmap slides?")]
    [InlineData("I have to finish the the thought I wanted to start with.")]
    [InlineData("I'm going to make you the host, Marco.")]
    [InlineData("We'll talk again in eleven minutes about the pricing.")]
    [InlineData("I have to drop another call with the Dublin team.")]
    public void Talk_about_the_call_is_not_a_task(string sentence)
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Priya, sentence));

        new TaskRule().Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void Let_me_know_asks_the_listener_to_tell_the_speaker()
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Priya, "Let me know which room works for the pricing review."));

        var task = new TaskRule().Find(meeting).Should().ContainSingle().Subject;

        task.Owner.Should().Be(Jason);
        task.Text.Should().Be("Let Priya know which room works for the pricing review.");
    }

    [Theory]
    [InlineData("Let me know if you have any questions.")]
    [InlineData("Let me know what you think.")]
    public void Let_me_know_as_a_courtesy_is_not_a_task(string said)
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Priya, said));

        new TaskRule().Find(meeting).Should().BeEmpty();
    }

    [Theory]
    [InlineData("I'll leave I'll send you the pricing sheet.", "Send Jason the pricing sheet.")]
    [InlineData("I can make I'll book the room for the pricing review.", "Book the room for the pricing review.")]
    public void A_promise_started_again_is_the_task_as_restarted(string said, string task)
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Priya, said));

        new TaskRule().Find(meeting).Should().ContainSingle().Which.Text.Should().Be(task);
    }

    [Fact]
    public void A_promise_broken_off_for_another_thought_is_not_a_task()
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Priya, "I have to but, but then the pricing sheet costs more in the cloud."));

        new TaskRule().Find(meeting).Should().BeEmpty();
    }

    [Theory]
    [InlineData("I'll that when I'm reading the metadata we see two failure domains.")]
    [InlineData("We'll we let's in order to get Anna on board.")]
    [InlineData("I can I need to process through this pricing model.")]
    public void A_promise_abandoned_for_another_sentence_is_not_a_task(string said)
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Priya, said));

        new TaskRule().Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void A_hedged_obligation_leaves_the_task()
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Priya, "I'll probably need to spend some time on the Dublin pricing model."));

        new TaskRule().Find(meeting).Should().ContainSingle().Which.Text.Should().Be("Spend some time on the Dublin pricing model.");
    }

    [Fact]
    public void The_name_a_request_is_put_to_after_a_semicolon_owns_it_and_is_not_part_of_the_task_before_it()
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Marco, "Happy to help."), (Priya, "Jason Vallery will run the onboarding call; Marco, please send Jason two slots."));

        new TaskRule().Find(meeting).Select(task => (task.Text, task.Owner)).Should().Equal(("Run the onboarding call.", Jason), ("Send Jason two slots.", Marco));
    }

    [Fact]
    public void An_offer_is_a_promise_of_the_one_who_offers()
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Priya, "We'll talk again tomorrow, and do you want me to set a call with the Dublin team?"));

        var task = new TaskRule().Find(meeting).Should().ContainSingle().Subject;

        task.Owner.Should().Be(Priya);
        task.Text.Should().Be("Set a call with the Dublin team.");
    }

    [Theory]
    [InlineData("I'd be happy to send the Dublin pricing sheet by Friday.")]
    [InlineData("Shall I send the Dublin pricing sheet by Friday?")]
    [InlineData("Would you mind sending the Dublin pricing sheet by Friday?")]
    [InlineData("Is it possible to send the Dublin pricing sheet by Friday?")]
    [InlineData("Make sure you send the Dublin pricing sheet by Friday.")]
    [InlineData("You guys have to send the Dublin pricing sheet by Friday.")]
    [InlineData("We've got to send the Dublin pricing sheet by Friday.")]
    [InlineData("We must send the Dublin pricing sheet by Friday.")]
    [InlineData("Marco needs to send the Dublin pricing sheet by Friday.")]
    [InlineData("Marco has to send the Dublin pricing sheet by Friday.")]
    [InlineData("I’ll send the Dublin pricing sheet by Friday.")]
    public void Every_kind_of_promise_request_and_duty_is_found(string said)
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Marco, "Happy to help."), (Priya, said));

        new TaskRule().Find(meeting).Should().ContainSingle().Which.Text.Should().Contain("Dublin pricing sheet");
    }

    [Theory]
    [InlineData("Below, you’ll find a link to the breakout sessions with your role.")]
    [InlineData("The team is well supported, and we’ll continue moving forward together without missing a beat.")]
    public void A_pointer_or_a_reassurance_is_not_a_task(string said)
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Priya, said));

        new TaskRule().Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void The_other_day_offered_with_the_due_one_leaves_the_task_text()
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Priya, "I'll review the Dublin pricing sheet tonight or tomorrow morning."));

        var task = new TaskRule().Find(meeting).Should().ContainSingle().Subject;

        task.Text.Should().Be("Review the Dublin pricing sheet.");
        task.Due.Should().NotBeNull();
    }

    [Fact]
    public void A_task_its_due_date_leaves_too_short_is_not_a_task()
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Priya, "Let's talk tonight or tomorrow morning."));

        new TaskRule().Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void A_promise_naming_too_little_work_is_not_a_task()
    {
        var meeting = MeetingBuilder.Of((Jason, "Can we wrap this up?"), (Priya, "I'll do it now."));

        new TaskRule().Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void A_statement_without_a_promise_or_request_is_not_a_task()
    {
        var meeting = MeetingBuilder.Of((Jason, "Thanks for making the time today."), (Priya, "The pricing sheet went to finance last week."));

        new TaskRule().Find(meeting).Should().BeEmpty();
    }

    [Fact]
    public void The_task_points_at_the_sentence_it_came_from()
    {
        var task = Single(
            (Jason, "Thanks for making the time today."),
            (Priya, "I'll send the pricing sheet by Friday."));

        task.Passages.Should().ContainSingle().Which.Text.Should().Be("I'll send the pricing sheet by Friday.");
    }

    [Theory]
    [InlineData("We should review the deployment runbook with finance.", false)]
    [InlineData("We need to update the deployment runbook by Friday.", true)]
    [InlineData("I'll update the deployment runbook for Contoso.", true)]
    [InlineData("I'll update the deployment runbook.", false)]
    public void A_task_is_firm_when_a_commitment_is_made_concrete(string said, bool firm)
    {
        Single((Marco, said), (Jason, "Okay."), (Priya, "The Dublin numbers look fine."), (Jason, "Good."), (Priya, "Talk soon.")).Firm.Should().Be(firm);
    }

    [Fact]
    public void A_promise_in_a_recording_with_no_speakers_is_the_owner_s_in_his_own_name()
    {
        var task = Single((null, "I'm going to review my deployment plan with Marco on Friday."));

        (task.Owner, task.Text).Should().Be((Jason, "Review Jason's deployment plan with Marco."));
    }

    private static Candidate Single(params (string? Speaker, string Text)[] turns) =>
        new TaskRule().Find(MeetingBuilder.Of(turns)).Should().ContainSingle().Subject;
}
