using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class KeyFactRuleTests
{
    private const string Jason = MeetingBuilder.Owner;
    private const string Priya = "Priya Raman";

    [Fact]
    public void A_statement_with_numbers_and_names_is_a_key_fact()
    {
        var meeting = MeetingBuilder.Of((Jason, "How is the beta going?"), (Priya, "We have three signed: Northwind, Contoso and Fabrikam."));

        new KeyFactRule().Find(meeting).Should().ContainSingle().Which.Text.Should().Be("We have three signed: Northwind, Contoso and Fabrikam.");
    }

    [Fact]
    public void More_numbers_and_names_weigh_more()
    {
        var meeting = MeetingBuilder.Of(
            (Priya, "The Dublin cluster reaches 90 percent of its 4 PB in November."),
            (Priya, "The archive moves to the Dublin cluster after the launch."));

        var facts = new KeyFactRule().Find(meeting).ToList();

        facts.Should().HaveCount(2);
        facts[0].Score.Should().BeGreaterThan(facts[1].Score);
    }

    [Theory]
    [InlineData("Hey Priya, thanks for making the time this morning.")]
    [InlineData("Thanks Priya, that helps a lot with the Dublin plan.")]
    [InlineData("I think the Dublin numbers look better than last quarter.")]
    [InlineData("How many customers did Fabrikam sign in October?")]
    [InlineData("The numbers look better than they did before the launch.")]
    public void A_courtesy_an_opinion_a_question_or_a_statement_without_numbers_or_names_is_not_a_key_fact(string said)
    {
        var meeting = MeetingBuilder.Of((Jason, said), (Priya, "Sure."));

        new KeyFactRule().Find(meeting).Should().BeEmpty();
    }
}
