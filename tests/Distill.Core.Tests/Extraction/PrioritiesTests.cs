using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class PrioritiesTests
{
    [Theory]
    [InlineData("This is urgent, the customer is down.")]
    [InlineData("Jai needs to urgently rotate the keys.")]
    [InlineData("Fixing the installer is critical for the launch.")]
    [InlineData("That bug is a blocker for the release.")]
    [InlineData("Let's go through the Blockers first.")]
    [InlineData("The migration is blocking the finance team.")]
    [InlineData("Treat the outage as P0.")]
    [InlineData("Security review is our top priority.")]
    [InlineData("This is the highest priority this quarter.")]
    [InlineData("Please revoke the token immediately.")]
    public void An_urgent_cue_is_highest(string sentence)
    {
        Priorities.Of(sentence).Should().Be(Priority.Highest);
    }

    [Theory]
    [InlineData("Send me the deck ASAP.")]
    [InlineData("Send me the deck asap.")]
    [InlineData("Please get back to them as soon as possible.")]
    [InlineData("Call them back as soon as you can.")]
    [InlineData("I'll look at it right away.")]
    [InlineData("The SSO work is high priority.")]
    [InlineData("Make the renewal a high-priority item.")]
    [InlineData("It's important that we update the pricing page.")]
    [InlineData("File it as a P1.")]
    public void A_soon_cue_is_high(string sentence)
    {
        Priorities.Of(sentence).Should().Be(Priority.High);
    }

    [Theory]
    [InlineData("Dark mode is low priority.")]
    [InlineData("Put the logo refresh on the low-priority list.")]
    [InlineData("A CSV export would be nice to have.")]
    [InlineData("It's a nice-to-have for now.")]
    [InlineData("Update the wiki whenever you get to it.")]
    [InlineData("No rush on the slides.")]
    [InlineData("There's no hurry, next month is fine.")]
    [InlineData("The docs cleanup is not urgent.")]
    [InlineData("It isn't critical, but let's track it.")]
    [InlineData("The flaky test is not a blocker.")]
    [InlineData("This is non-critical.")]
    [InlineData("Refactoring is not a top priority.")]
    public void A_relaxed_or_negated_cue_is_low(string sentence)
    {
        Priorities.Of(sentence).Should().Be(Priority.Low);
    }

    [Theory]
    [InlineData("Vishnu will send the notes to the team.")]
    [InlineData("Now that the deploy is unblocked, ship it.")]
    [InlineData("There are no blockers on our side.")]
    [InlineData("Ask for the P05 numbers.")]
    [InlineData("The importance of docs came up.")]
    [InlineData("Look at the urgentcare account.")]
    public void Without_a_whole_word_cue_it_is_medium(string sentence)
    {
        Priorities.Of(sentence).Should().Be(Priority.Medium);
    }

    [Theory]
    [InlineData("It's urgent, not a nice to have.", Priority.Highest)]
    [InlineData("Whenever you can, but it's important.", Priority.High)]
    [InlineData("Not urgent, but important for the demo.", Priority.High)]
    public void The_most_urgent_cue_wins(string sentence, Priority expected)
    {
        Priorities.Of(sentence).Should().Be(expected);
    }
}
