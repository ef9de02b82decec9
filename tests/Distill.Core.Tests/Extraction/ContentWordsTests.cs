using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class ContentWordsTests
{
    [Fact]
    public void Content_words_are_lower_case_and_stemmed_without_stop_words()
    {
        ContentWords.Of("So we think the Companies are Meeting about pricing, you know.")
            .Should().BeEquivalentTo("company", "meet", "pric");
    }

    [Fact]
    public void A_typographic_apostrophe_reads_as_a_plain_one_and_a_trailing_one_is_cut()
    {
        ContentWords.Of("O’Brien users' budget").Should().BeEquivalentTo("o'brien", "user", "budget");
    }

    [Fact]
    public void A_word_longer_than_any_buffer_is_still_a_word()
    {
        var word = new string('x', 100);

        ContentWords.Of($"the {word.ToUpperInvariant()}ings").Should().BeEquivalentTo(word);
    }

    [Fact]
    public void The_same_word_twice_is_one_content_word()
    {
        ContentWords.Of("Budget, budget and budgets.").Should().BeEquivalentTo("budget");
    }
}
