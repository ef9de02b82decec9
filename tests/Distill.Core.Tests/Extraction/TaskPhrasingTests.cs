using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class TaskPhrasingTests
{
    [Theory]
    [InlineData("um send the pricing sheet to finance", "Send the pricing sheet to finance.")]
    [InlineData("send the pricing sheet you know to finance", "Send the pricing sheet to finance.")]
    [InlineData("send the pricing sheet I mean the final one to finance", "Send the pricing sheet the final one to finance.")]
    [InlineData("uh basically send the pricing sheet to finance", "Send the pricing sheet to finance.")]
    public void Fillers_are_taken_out(string said, string expected)
    {
        TaskPhrasing.Rewrite(said, null, null).Should().Be(expected);
    }

    [Theory]
    [InlineData("be refining our TCO model in parallel", "refine our TCO model in parallel")]
    [InlineData("be working with Violet on the answers", "work with Violet on the answers")]
    [InlineData("have to specify the final design", "specify the final design")]
    [InlineData("need to be planning the rollout", "plan the rollout")]
    [InlineData("be interesting to compare both", "be interesting to compare both")]
    [InlineData("have to", "have to")]
    [InlineData("also ask Marco whether the EU region is ready", "ask Marco whether the EU region is ready")]
    [InlineData("probably just need to spend some time on it", "spend some time on it")]
    public void The_instruction_is_what_is_to_be_done_without_the_obligation(string said, string expected)
    {
        TaskPhrasing.Instruction(said).Should().Be(expected);
    }

    [Theory]
    [InlineData("bring in whatever parties you think make sense", "Bring in whatever parties Marco thinks make sense.")]
    [InlineData("share it when you have the numbers", "Share it when Marco has the numbers.")]
    [InlineData("check whether I don't need the deck", "Check whether Priya doesn't need the deck.")]
    [InlineData("make sure you are on the invite", "Make sure Marco is on the invite.")]
    [InlineData("ask whether you can send the deck", "Ask whether Marco can send the deck.")]
    [InlineData("help you build the demo", "Help Marco build the demo.")]
    public void A_verb_after_a_pronoun_a_name_replaces_agrees_with_the_name(string said, string expected)
    {
        TaskPhrasing.Rewrite(said, "Priya Raman", "Marco Bellini").Should().Be(expected);
    }

    [Theory]
    [InlineData("send the, you know, pricing sheet to finance")]
    [InlineData("send the, um, pricing sheet to finance")]
    [InlineData("send the, like, pricing sheet to finance")]
    public void A_filler_set_off_by_commas_leaves_no_stray_comma(string said)
    {
        TaskPhrasing.Rewrite(said, null, null).Should().Be("Send the pricing sheet to finance.");
    }

    [Fact]
    public void You_is_the_addressee_s_first_name()
    {
        TaskPhrasing.Rewrite("you send the pricing sheet", "Jason Vallery", "Priya Raman").Should().Be("Priya sends the pricing sheet.");
    }

    [Fact]
    public void Me_is_the_speaker_s_first_name()
    {
        TaskPhrasing.Rewrite("send me the pricing sheet", "Jason Vallery", "Priya Raman").Should().Be("Send Jason the pricing sheet.");
    }

    [Fact]
    public void Your_and_my_become_possessive_first_names()
    {
        TaskPhrasing.Rewrite("review your notes and my draft", "Jason Vallery", "Priya Raman").Should().Be("Review Priya's notes and Jason's draft.");
    }

    [Fact]
    public void A_pronoun_without_a_known_person_is_kept()
    {
        TaskPhrasing.Rewrite("send me the pricing sheet", null, null).Should().Be("Send me the pricing sheet.");
    }

    [Fact]
    public void A_pronoun_inside_a_word_is_not_replaced()
    {
        TaskPhrasing.Rewrite("update the youth program and the mycelium study", "Jason Vallery", "Priya Raman").Should().Be("Update the youth program and the mycelium study.");
    }

    [Fact]
    public void A_question_becomes_a_sentence_with_a_capital_and_a_period()
    {
        TaskPhrasing.Rewrite("check the EU capacity?", null, null).Should().Be("Check the EU capacity.");
    }

    [Fact]
    public void A_long_request_is_cut_at_a_clause_boundary()
    {
        const string said = "send the pricing sheet for the Dublin and Frankfurt clusters with the storage tiers and the discounts we discussed for the next three years of the contract, because finance needs it before the board meeting";

        TaskPhrasing.Rewrite(said, null, null).Should().Be("Send the pricing sheet for the Dublin and Frankfurt clusters with the storage tiers and the discounts we discussed for the next three years of the contract.");
    }

    [Fact]
    public void Nothing_left_is_an_empty_text()
    {
        TaskPhrasing.Rewrite("um, uh", null, null).Should().BeEmpty();
    }

    [Theory]
    [InlineData("So yeah, I think we should ship it.", "we should ship it.")]
    [InlineData("Okay. Um, can you send it?", "can you send it?")]
    [InlineData("Marco, can you send it?", "Marco, can you send it?")]
    public void The_lead_in_before_a_request_or_promise_is_stripped(string text, string expected)
    {
        TaskPhrasing.WithoutLeadIn(text).Should().Be(expected);
    }
}
