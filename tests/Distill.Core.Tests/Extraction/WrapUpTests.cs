using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class WrapUpTests
{
    private const string Jason = MeetingBuilder.Owner;
    private const string Priya = "Priya Raman";

    [Fact]
    public void Next_steps_near_the_end_start_the_wrap_up()
    {
        var meeting = MeetingBuilder.Of(
            (Jason, "The Dublin cluster is nearly full."),
            (Priya, "Frankfurt has room for the archive tier."),
            (Jason, "Finance approved the second cluster."),
            (Priya, "So the next steps are simple."),
            (Jason, "I'll book the Frankfurt visit."));

        WrapUp.Start(meeting).Should().Be(3);
    }

    [Fact]
    public void Next_steps_at_the_start_are_the_agenda_not_a_wrap_up()
    {
        var meeting = MeetingBuilder.Of(
            (Jason, "Let's agree the next steps for Dublin today."),
            (Priya, "Frankfurt has room for the archive tier."),
            (Jason, "Finance approved the second cluster."),
            (Priya, "The hardware arrives in October."),
            (Jason, "Sounds good."));

        WrapUp.Start(meeting).Should().BeNull();
    }
}
