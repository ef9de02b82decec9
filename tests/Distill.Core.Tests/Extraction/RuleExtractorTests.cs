using System.Text.Json;
using AwesomeAssertions;
using Distill.Core.Extraction;
using Distill.Core.Sources;
using Distill.Core.Tests.Cleaning;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class RuleExtractorTests
{
    private const string Jason = MeetingBuilder.Owner;
    private const string Priya = "Priya Raman";
    private const string Marco = "Marco Bellini";

    private static readonly ExtractionOptions Options = new(Jason);

    private static readonly Source Planning = SourceBuilder.Transcript(
        (Jason, "Hi everyone, thanks for joining the capacity review."),
        (Priya, "The Dublin storage cluster reaches 90 percent of its capacity in November. I'm worried the EU region will run out of capacity before the Frankfurt cluster is live."),
        (Marco, "Finance approved the budget for the Frankfurt cluster last week.\nWe agreed to ship the beta in March.\nThe archive tier moves to Frankfurt first."),
        (Jason, "Marco, can you check the EU capacity numbers with finance?"),
        (Marco, "Sure."),
        (Priya, "I'll send the pricing sheet by Friday, it's urgent."),
        (Jason, "How will we migrate the billing database without downtime?"),
        (Priya, "Good question."),
        (Marco, "We need to update the deployment runbook before the launch."),
        (Jason, "To recap, the beta ships in March and the archive tier moves to Frankfurt first."),
        (Priya, "Thanks, talk soon."));

    [Fact]
    public void The_same_source_twice_gives_the_same_json()
    {
        var first = ExtractionJson.Write(RuleExtractor.Extract(Planning, Options));
        var second = ExtractionJson.Write(RuleExtractor.Extract(Planning, Options));

        second.Should().Be(first);
    }

    [Fact]
    public void Every_list_is_present_when_nothing_is_found()
    {
        var source = SourceBuilder.Transcript((Jason, "Hi."), (Priya, "Hello."));

        using var json = JsonDocument.Parse(ExtractionJson.Write(RuleExtractor.Extract(source, Options)));
        var root = json.RootElement;

        foreach (var list in (string[])["participants", "key_facts", "outcomes", "decisions", "action_items", "follow_ups", "risks", "open_questions"])
        {
            root.GetProperty(list).ValueKind.Should().Be(JsonValueKind.Array, list);
        }

        foreach (var list in (string[])["people", "projects", "customers"])
        {
            root.GetProperty("mentions").GetProperty(list).ValueKind.Should().Be(JsonValueKind.Array, list);
        }
    }

    [Fact]
    public void Every_evidence_quote_is_a_verbatim_span_of_the_cleaned_text_of_three_words_or_more()
    {
        var evidence = AllEvidence(RuleExtractor.Extract(Planning, Options)).ToList();

        evidence.Should().NotBeEmpty();
        evidence.Should().AllSatisfy(passage =>
        {
            Planning.Segments.Should().Contain(segment => segment.Text.Contains(passage.Quote, StringComparison.Ordinal), passage.Quote);
            passage.Quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Should().HaveCountGreaterThanOrEqualTo(3, passage.Quote);
        });
    }

    [Fact]
    public void Every_kind_of_item_is_found_in_a_planning_meeting()
    {
        var extraction = RuleExtractor.Extract(Planning, Options);

        extraction.Decisions.Should().NotBeEmpty();
        extraction.Risks.Should().NotBeEmpty();
        extraction.OpenQuestions.Should().NotBeEmpty();
        extraction.ActionItems.Should().NotBeEmpty();
        extraction.FollowUps.Should().NotBeEmpty();
        extraction.KeyFacts.Should().NotBeEmpty();
        extraction.Summary.Should().NotBeEmpty();
    }

    [Fact]
    public void A_sentence_that_is_a_task_is_not_a_key_fact_too()
    {
        var extraction = RuleExtractor.Extract(Planning, Options);

        extraction.KeyFacts.Should().NotContain(fact => fact.Text.Contains("pricing sheet", StringComparison.Ordinal))
            .And.NotBeEmpty();
    }

    [Fact]
    public void A_promise_becomes_an_action_item_with_owner_due_date_and_priority()
    {
        var extraction = RuleExtractor.Extract(Planning, Options);

        extraction.ActionItems.Should().ContainSingle(task => task.Text.Contains("pricing sheet", StringComparison.Ordinal))
            .Which.Should().BeEquivalentTo(new
            {
                Owner = Priya,
                Due = (DateOnly?)new DateOnly(2025, 10, 3),
                Priority = (Priority?)Priority.Highest,
            });
    }

    [Fact]
    public void A_named_request_to_check_becomes_a_follow_up_of_the_person_named()
    {
        var extraction = RuleExtractor.Extract(Planning, Options);

        extraction.FollowUps.Should().ContainSingle(task => task.Text.Contains("EU capacity", StringComparison.Ordinal))
            .Which.Owner.Should().Be(Marco);
    }

    [Fact]
    public void A_sentence_on_the_second_line_of_a_segment_points_at_that_line()
    {
        var extraction = RuleExtractor.Extract(Planning, Options);

        extraction.Decisions.Should().ContainSingle(item => item.Text == "We agreed to ship the beta in March.")
            .Which.Evidence.Should().ContainSingle(evidence => evidence.Quote == "We agreed to ship the beta in March.").Which.Line.Should().Be(4);
    }

    [Fact]
    public void The_evidence_of_a_repeated_item_is_in_spoken_order()
    {
        var source = SourceBuilder.Transcript(
            (Priya, "Okay, so I'll send the updated pricing sheet to finance."),
            (Jason, "Thanks, and the Dublin datacenter visit is booked."),
            (Priya, "Right, and I will send the updated pricing sheet to finance by Friday."));

        var task = RuleExtractor.Extract(source, Options).ActionItems.Should().ContainSingle().Subject;

        task.Evidence.Select(passage => passage.Line).Should().Equal(1, 3);
    }

    private static IEnumerable<Evidence> AllEvidence(Distill.Core.Extraction.Extraction extraction) =>
        extraction.KeyFacts.Concat(extraction.Outcomes).Concat(extraction.Decisions).Concat(extraction.Risks).Concat(extraction.OpenQuestions)
            .SelectMany(item => item.Evidence)
            .Concat(extraction.ActionItems.Concat(extraction.FollowUps).SelectMany(task => task.Evidence));
}
