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
}
