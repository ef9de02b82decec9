using AwesomeAssertions;
using Distill.Core.Cleaning;
using Xunit;

namespace Distill.Core.Tests.Cleaning;

public sealed class InvisibleCharactersTests
{
    [Theory]
    [InlineData("\uFEFFHello there.", "Hello there.")]
    [InlineData("See the chart \uFFFC below.", "See the chart  below.")]
    [InlineData("Jai\u200B Menon", "Jai Menon")]
    [InlineData("co\u00ADoperate", "cooperate")]
    [InlineData("word\u2060joiner", "wordjoiner")]
    public void Characters_that_carry_no_speech_are_dropped(string text, string expected)
    {
        InvisibleCharacters.Clean(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("10\u00A0am", "10 am")]
    [InlineData("first line\u2028second line", "first line second line")]
    [InlineData("1\u202F000", "1 000")]
    public void Odd_spaces_become_plain_spaces(string text, string expected)
    {
        InvisibleCharacters.Clean(text).Should().Be(expected);
    }

    [Fact]
    public void The_joiner_that_holds_an_emoji_together_stays()
    {
        InvisibleCharacters.Clean("Dev 👩\u200D💻 ready").Should().Be("Dev 👩\u200D💻 ready");
    }

    [Fact]
    public void Text_without_invisible_characters_is_unchanged()
    {
        InvisibleCharacters.Clean("naïve café — ok 🔺").Should().Be("naïve café — ok 🔺");
    }

    [Fact]
    public void The_title_is_cleaned_too()
    {
        var source = SourceBuilder.Titled("\uFEFFJai\u00A0Menon", ("Remote", "Hi."));

        var cleaned = new InvisibleCharacters().Apply(source, new CleaningOptions(null));

        cleaned.Title.Should().Be("Jai Menon");
    }
}
