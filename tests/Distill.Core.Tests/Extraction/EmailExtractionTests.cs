using System.Text;
using AwesomeAssertions;
using Distill.Core.Extraction;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Extraction;

/// <summary>Extraction from Apple Mail exports the tests write themselves: who owns an ask, and what is never read.</summary>
public sealed class EmailExtractionTests
{
    private const string Jason = MeetingBuilder.Owner;
    private const string Marco = "Marco Bellini";

    private static readonly ExtractionOptions Options = new(Jason);

    [Fact]
    public void A_request_quoted_in_a_reply_gives_one_task_from_the_message_that_asked()
    {
        var extraction = Extract("Rollout", Message("2025-12-11 17:39:08", "Dana Okafor <dana@example.com>", "Rollout", "Marco, can you send the rollout plan to the partners?"),
            Message("2025-12-12 09:00:00", "Marco Bellini <marco@example.com>", "Re: Rollout", "Sent it this morning.", "", "On Thu, Dec 11, 2025 at 5:39 PM Dana Okafor <dana@example.com> wrote:", "Marco, can you send the rollout plan to the partners?"));

        extraction.ActionItems.Concat(extraction.FollowUps).Should().ContainSingle()
            .Which.Evidence.Should().ContainSingle().Which.Line.Should().Be(10);
    }

    [Fact]
    public void A_request_is_owned_by_the_person_its_letter_greets()
    {
        var extraction = Extract("Order", Message("2025-12-11 17:39:08", "Dana Okafor <dana@example.com>", "Order", "Hi Jason,", "", "Can you send the signed order form to finance?", "", "Thanks,", "Dana"),
            Message("2025-12-12 09:00:00", "Marco Bellini <marco@example.com>", "Re: Order", "Adding myself to the thread."));

        Tasks(extraction).Should().ContainSingle().Which.Owner.Should().Be(Jason);
    }

    [Fact]
    public void A_request_is_owned_by_the_person_it_mentions()
    {
        var extraction = Extract("Plan", Message("2025-12-11 17:39:08", "Dana Okafor <dana@example.com>", "Plan", "Team,", "", "@Marco Bellini can you review the rollout plan with the partners?"));

        Tasks(extraction).Should().ContainSingle().Which.Owner.Should().Be(Marco);
    }

    [Fact]
    public void A_request_without_a_greeting_in_a_thread_of_two_is_the_other_partys()
    {
        var extraction = Extract("Plan", Message("2025-12-11 17:39:08", "Dana Okafor <dana@example.com>", "Plan", "Could you send the rollout plan to the partners?"),
            Message("2025-12-12 09:00:00", "Marco Bellini <marco@example.com>", "Re: Plan", "Will do."));

        Tasks(extraction).Should().ContainSingle().Which.Owner.Should().Be(Marco);
    }

    [Fact]
    public void A_signature_and_a_footer_give_no_task()
    {
        var extraction = Extract("Plan", Message("2025-12-11 17:39:08", "Dana Okafor <dana@example.com>", "Plan", "The rollout plan is attached.", "", "Thanks,", "Dana", "", "Review our latest customer case studies at example.com", "", "Please delete this email if you received this email in error, it may contain confidential information."));

        Tasks(extraction).Should().BeEmpty();
    }

    [Fact]
    public void A_notification_thread_gets_no_task()
    {
        var extraction = Extract("Accepted: Rollout review @ Fri Jan 2, 2026", Message("2025-12-29 20:05:23", "Dana Okafor <dana@example.com>", "Accepted: Rollout review @ Fri Jan 2, 2026", "Dana Okafor has accepted this invitation.", "", "Please review the rollout plan before the meeting."));

        (extraction.ActionItems.Length, extraction.FollowUps.Length).Should().Be((0, 0));
    }

    [Fact]
    public void A_notification_s_tasks_are_only_what_it_heads_as_the_reader_s_action()
    {
        var extraction = Extract("RFE Alert: RFE 0101 - Contoso", Message("2026-01-05 09:19:47", "Dana Okafor <dana@example.com>", "RFE Alert: RFE 0101 - Contoso", "Hello PM Team,", "", "Required Action:", "Please navigate to the RFE record in Salesforce.", "Link the RFE to the correct related feature.", "", "Description:", "Please update the administrator guide to list the naming rules."));

        Tasks(extraction).Select(task => task.Text).Should().Equal("Navigate to the RFE record in Salesforce.", "Link the RFE to the correct related feature.");
    }

    [Fact]
    public void A_list_ends_where_a_line_holds_prose()
    {
        var extraction = Extract("Launch", Message("2025-12-11 17:39:08", "Dana Okafor <dana@example.com>", "Launch", "Hi Jason,", "", "Your participation in the following is required:", "Partner briefing with the Contoso team", "The partners liked the demo. The launch date holds for now."));

        Tasks(extraction).Should().ContainSingle().Which.Text.Should().Be("Partner briefing with the Contoso team.");
    }

    [Fact]
    public void A_rule_a_message_lays_down_is_the_reader_s_task_as_written()
    {
        var extraction = Extract("Quote policy", Message("2025-12-17 16:36:26", "Dana Okafor <dana@example.com>", "Quote policy", "Team,", "", "For all late-stage opportunities, every budgetary quote must be synced before review.", "We must keep our partners informed."));

        Tasks(extraction).Select(task => (task.Text, task.Owner)).Should().Equal(
            ("For all late-stage opportunities, every budgetary quote must be synced before review.", Jason),
            ("Keep our partners informed.", "Dana Okafor"));
    }

    [Fact]
    public void A_mention_glued_to_the_next_word_still_addresses_the_request()
    {
        var extraction = Extract("Plan", Message("2025-12-11 17:39:08", "Dana Okafor <dana@example.com>", "Plan", "Team,", "", "@Marco Bellinican you review the rollout plan with the partners?"),
            Message("2025-12-12 09:00:00", "Marco Bellini <marco@example.com>", "Re: Plan", "Will do."));

        Tasks(extraction).Should().ContainSingle().Which.Should().Match<TaskItem>(task => task.Owner == Marco && task.Text == "Review the rollout plan with the partners.");
    }

    [Fact]
    public void Each_item_of_a_list_asked_of_the_reader_is_a_task()
    {
        var extraction = Extract("Launch", Message("2025-12-11 17:39:08", "Dana Okafor <dana@example.com>", "Launch", "Hi Jason,", "", "Your participation in the following is required:", "Partner briefing with the Contoso team", "Final dry run of the launch demo"));

        Tasks(extraction).Select(task => (task.Owner, task.Evidence[0].Line)).Should().Equal((Jason, 13), (Jason, 14));
    }

    [Fact]
    public void A_task_from_an_email_that_points_at_its_thread_names_the_threads_topic()
    {
        var extraction = Extract("Lumen rollout", Message("2025-12-11 17:39:08", "Dana Okafor <dana@example.com>", "Lumen rollout", "Hi Jason,", "", "Please attend this call tomorrow."));

        Tasks(extraction).Should().ContainSingle().Which.Text.Should().Be("Attend this call (Lumen rollout).");
    }

    [Fact]
    public void A_task_from_an_email_that_names_its_object_is_left_as_it_is()
    {
        var extraction = Extract("Lumen rollout", Message("2025-12-11 17:39:08", "Dana Okafor <dana@example.com>", "Lumen rollout", "Hi Jason,", "", "Please attend the partner call tomorrow."));

        Tasks(extraction).Should().ContainSingle().Which.Text.Should().Be("Attend the partner call.");
    }

    private static List<TaskItem> Tasks(Core.Extraction.Extraction extraction) => [.. extraction.ActionItems, .. extraction.FollowUps];

    private static Core.Extraction.Extraction Extract(string subject, params string[] messages)
    {
        var text = $"# {subject}\n\n- Exported: 2026-01-05 17:29:56\n- Messages: {messages.Length}\n---\n\n{string.Concat(messages)}".Replace('\n', '\r');
        var source = SourceReader.Read("Inbox/Email/2025-12-12_090000_1234_Thread.md", Encoding.UTF8.GetBytes(text), FileDate)
            .Should().BeOfType<ReadResult.Read>().Subject.Source;
        return RuleExtractor.Extract(source, Options);
    }

    /// <summary>A message of an export: its heading, subject, and body lines quoted with "&gt; ", closed by "---".</summary>
    private static string Message(string sent, string from, string subject, params string[] body) =>
        $"## {sent} — {from}\n**Subject:** {subject}\n\n{string.Concat(body.Select(line => $"> {line}\n"))}\n---\n\n";
}
