using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class TopicsTests
{
    private const string Jason = MeetingBuilder.Owner;
    private const string Priya = "Priya Raman";

    [Fact]
    public void A_run_of_capitalised_words_inside_a_sentence_is_one_name()
    {
        Topics.Named("We tested NVIDIA Dynamo with the Azure Blob backend.").Should().Equal("NVIDIA Dynamo", "Azure Blob");
    }

    [Fact]
    public void The_first_word_and_I_are_not_names()
    {
        Topics.Named("Dublin is full and I know it.").Should().BeEmpty();
    }

    [Fact]
    public void Names_said_twice_come_first_and_participants_are_not_topics()
    {
        var meeting = MeetingBuilder.Of(
            (Jason, "Priya, the Dublin cluster is full."),
            (Priya, "Then the archive moves to Dublin and the cluster grows."),
            (Jason, "And the cluster in Oslo stays."));

        Topics.Of(meeting, names: 5, words: 5).Should().Equal("Dublin", "cluster");
    }

    [Fact]
    public void Spellings_of_one_name_are_one_topic()
    {
        var meeting = MeetingBuilder.Of(
            (Jason, "We need more GPUs in Dublin for the VAST cluster."),
            (Priya, "The GPU order for the VaST cluster went out, and Dublin's team has it."),
            (Jason, "So the GPUs and the VAST cluster land in Dublin."),
            (Priya, "Then the GPU count and the VaST cluster suit Dublin's team."));

        Topics.Of(meeting, names: 5, words: 5).Should().Equal("GPUs", "Dublin", "VAST", "cluster");
    }

    [Fact]
    public void Words_of_talk_are_not_topics()
    {
        var meeting = MeetingBuilder.Of(
            (Jason, "Sorry, the archive point is clear to me."),
            (Priya, "Sorry, I didn't see the archive point was clear."),
            (Jason, "The archive is clear then."));

        Topics.Of(meeting, names: 5, words: 5).Should().Equal("archive");
    }
}
