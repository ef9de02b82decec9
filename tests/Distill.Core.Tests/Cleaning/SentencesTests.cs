using AwesomeAssertions;
using Distill.Core.Cleaning;
using Xunit;

namespace Distill.Core.Tests.Cleaning;

public sealed class SentencesTests
{
    [Fact]
    public void Written_text_ends_a_sentence_at_a_line_break_unless_the_next_line_goes_on_in_lower_case()
    {
        var sentences = Sentences.SplitWritten("Ray,\nCan you send the plan? It is due\nsoon. Thanks\n- Place orders early\n");

        sentences.Should().Equal("Ray,\n", "Can you send the plan? ", "It is due\nsoon. ", "Thanks\n", "- Place orders early\n");
    }

    [Theory]
    [InlineData("Send the plan to Priya.", 5)]
    [InlineData("  Send   the plan  ", 3)]
    [InlineData("", 0)]
    public void A_sentence_counts_its_words_with_runs_of_spaces_as_one(string sentence, int words)
    {
        Sentences.WordCount(sentence).Should().Be(words);
    }
}
