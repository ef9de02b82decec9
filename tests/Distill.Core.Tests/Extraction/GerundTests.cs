using AwesomeAssertions;
using Distill.Core.Extraction;
using Xunit;

namespace Distill.Core.Tests.Extraction;

public sealed class GerundTests
{
    [Theory]
    [InlineData("refining", "refine")]
    [InlineData("sharing", "share")]
    [InlineData("using", "use")]
    [InlineData("operating", "operate")]
    [InlineData("driving", "drive")]
    [InlineData("leaving", "leave")]
    [InlineData("releasing", "release")]
    [InlineData("sourcing", "source")]
    [InlineData("merging", "merge")]
    [InlineData("planning", "plan")]
    [InlineData("getting", "get")]
    [InlineData("calling", "call")]
    [InlineData("passing", "pass")]
    [InlineData("working", "work")]
    [InlineData("joining", "join")]
    [InlineData("reviewing", "review")]
    [InlineData("deploying", "deploy")]
    [InlineData("doing", "do")]
    [InlineData("trying", "try")]
    [InlineData("opening", "open")]
    [InlineData("considering", "consider")]
    [InlineData("visiting", "visit")]
    [InlineData("developing", "develop")]
    [InlineData("focusing", "focus")]
    public void An_ing_form_gives_the_verb_s_base_form(string word, string expected)
    {
        Gerund.BaseOf(word).Should().Be(expected);
    }

    [Theory]
    [InlineData("interesting")]
    [InlineData("something")]
    [InlineData("ring")]
    [InlineData("planned")]
    public void A_word_that_is_no_verb_s_ing_form_has_none(string word)
    {
        Gerund.BaseOf(word).Should().BeNull();
    }
}
