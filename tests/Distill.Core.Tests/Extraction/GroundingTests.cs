using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class GroundingTests
{
    [Fact]
    public void A_sentence_the_file_holds_is_quoted_whole()
    {
        var grounding = new Grounding("[00:00:01.00] zoom.us : The Dublin cluster will be full by May.");

        grounding.Quote("The Dublin cluster will be full by May.").Should().Be("The Dublin cluster will be full by May.");
    }

    [Fact]
    public void A_name_glued_to_the_first_word_is_stepped_around()
    {
        var grounding = new Grounding("[00:00:01.00]  Jason ValleryYeah the rollout starts on Monday.");

        grounding.Quote("Yeah the rollout starts on Monday.").Should().Be("the rollout starts on Monday");
    }

    [Fact]
    public void A_noise_marker_cleaning_took_out_mid_sentence_is_stepped_around()
    {
        var grounding = new Grounding("Let me (keyboard clicking) send the deck today.");

        grounding.Quote("Let me send the deck today.").Should().Be("send the deck today");
    }

    [Fact]
    public void Repaired_mojibake_still_matches_the_file()
    {
        var grounding = new Grounding("The load test finished â€” the nodes held.");

        grounding.Quote("The load test finished — the nodes held.").Should().Be("The load test finished — the nodes held.");
    }

    [Fact]
    public void Without_the_file_the_sentence_is_quoted_as_cleaned()
    {
        new Grounding(string.Empty).Quote("Ship the beta in March.").Should().Be("Ship the beta in March.");
    }
}
