using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class ItemMergerTests
{
    [Fact]
    public void Two_near_identical_candidates_become_one_item_with_both_passages()
    {
        var first = Said(2, "Send the pricing sheet to finance.");
        var second = Said(7, "Send the pricing sheet to finance today.");

        var merged = ItemMerger.Merge([Decision(first, 3), Decision(second, 2)], limit: 5);

        merged.Should().ContainSingle().Which.Passages.Should().BeEquivalentTo([first, second]);
    }

    [Fact]
    public void A_merged_item_keeps_the_text_of_the_best_scored_candidate()
    {
        var merged = ItemMerger.Merge(
            [Decision(Said(2, "Send the pricing sheet to finance."), 2), Decision(Said(7, "Send the pricing sheet to finance today."), 3)],
            limit: 5);

        merged.Should().ContainSingle().Which.Text.Should().Be("Send the pricing sheet to finance today.");
    }

    [Fact]
    public void Different_candidates_stay_apart()
    {
        var merged = ItemMerger.Merge(
            [Decision(Said(2, "Send the pricing sheet to finance."), 3), Decision(Said(7, "Book the Dublin datacenter visit for March."), 2)],
            limit: 5);

        merged.Should().HaveCount(2);
    }

    [Fact]
    public void An_item_gets_three_passages_at_most()
    {
        var merged = ItemMerger.Merge(
            [.. Enumerable.Range(0, 5).Select(index => Decision(Said(index, "Send the pricing sheet to finance."), 5 - index))],
            limit: 5);

        merged.Should().ContainSingle().Which.Passages.Select(passage => passage.Index).Should().Equal(0, 1, 2);
    }

    [Fact]
    public void The_limit_keeps_the_best_scored()
    {
        var merged = ItemMerger.Merge(
            [
                Decision(Said(1, "Send the pricing sheet to finance."), 1),
                Decision(Said(2, "Book the Dublin datacenter visit for March."), 4),
                Decision(Said(3, "Rotate the storage access keys every quarter."), 2),
                Decision(Said(4, "Hire two support engineers for Singapore."), 3),
            ],
            limit: 2);

        merged.Select(candidate => candidate.Passages[0].Index).Should().Equal(2, 4);
    }

    [Fact]
    public void The_output_is_in_spoken_order()
    {
        var merged = ItemMerger.Merge(
            [
                Decision(Said(9, "Send the pricing sheet to finance."), 4),
                Decision(Said(5, "Book the Dublin datacenter visit for March."), 3),
                Decision(Said(1, "Rotate the storage access keys every quarter."), 2),
            ],
            limit: 5);

        merged.Select(candidate => candidate.Text).Should().Equal(
            "Rotate the storage access keys every quarter.",
            "Book the Dublin datacenter visit for March.",
            "Send the pricing sheet to finance.");
    }

    [Fact]
    public void A_merged_item_takes_its_place_from_its_earliest_passage()
    {
        var merged = ItemMerger.Merge(
            [
                Decision(Said(9, "Send the pricing sheet to finance today."), 4),
                Decision(Said(5, "Book the Dublin datacenter visit for March."), 3),
                Decision(Said(1, "Send the pricing sheet to finance."), 2),
            ],
            limit: 5);

        merged.Select(candidate => candidate.Text).Should().Equal(
            "Send the pricing sheet to finance today.",
            "Book the Dublin datacenter visit for March.");
    }

    [Fact]
    public void Equal_scores_keep_the_earlier_candidate()
    {
        var merged = ItemMerger.Merge(
            [Decision(Said(8, "Book the Dublin datacenter visit for March."), 2), Decision(Said(3, "Send the pricing sheet to finance."), 2)],
            limit: 1);

        merged.Should().ContainSingle().Which.Passages[0].Index.Should().Be(3);
    }

    [Fact]
    public void A_weak_candidate_is_a_passage_of_the_firm_item_it_repeats_even_when_it_scores_higher()
    {
        var weak = Decision(Said(2, "Send the pricing sheet to finance."), 5) with { Firm = false };
        var firm = Decision(Said(7, "Send the pricing sheet to finance today."), 3);

        var merged = ItemMerger.Merge([weak, firm], limit: 5);

        merged.Should().ContainSingle().Which.Should().Match<Candidate>(item => item.Text == firm.Text && item.Passages.Length == 2);
    }

    [Fact]
    public void A_weak_candidate_that_repeats_nothing_is_dropped()
    {
        var merged = ItemMerger.Merge(
            [Decision(Said(2, "Send the pricing sheet to finance."), 5) with { Firm = false }, Decision(Said(7, "Book the Dublin datacenter visit for March."), 3)],
            limit: 5);

        merged.Should().ContainSingle().Which.Text.Should().Be("Book the Dublin datacenter visit for March.");
    }

    private static Utterance Said(int index, string text) => new(index, text, "Priya Raman", null, null, index + 1);

    private static Candidate Decision(Utterance passage, double score) => new(Field.Decision, passage.Text, score, [passage]);
}
