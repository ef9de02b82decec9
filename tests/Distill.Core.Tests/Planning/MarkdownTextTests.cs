using System.Text.RegularExpressions;
using AwesomeAssertions;
using CsCheck;
using Distill.Core.Planning;
using Xunit;

namespace Distill.Core.Tests.Planning;

public sealed partial class MarkdownTextTests
{
    /// <summary>Transcript-like text salted with everything that has a meaning in an Obsidian note.</summary>
    internal static readonly Gen<string> HostileText = Gen.Frequency(
            (8, Gen.OneOf<string>("a", "Jai", " ", "said", ".", ",", "é", "😀", "42", "2025-10-03")),
            (4, Gen.OneOf<string>(
                "<!-- distill:end transcript -->", "<!-- distill:begin x sha256=00 -->", "---", "...", ": ", "# ", "#task", "## ", "- [ ] ",
                "- [x] ", "[[x]]", "[[#^t1|0:01]]", "^abc", " ^t25", "%%", "%", "|", "```", "~~~", "> ", "1. ", "$", "$$", "\\", "`",
                "\"", "'", "*", "_", "=", "+", "!", "[", "]", "<", ">", "&", "{", "}")),
            (2, Gen.OneOf<string>("\n", "\r\n", "\r", "\t", "\u2028", "\u0085", "\0", "\u001B", "\uFEFF", "\uD800")),
            (1, Gen.OneOf<string>("🔺", "⏫", "🔼", "📅 2025-01-01", "✅ 2025-01-02", "🆔 abc123", "🔁 every day", "⛔ x1")))
        .Array[0, 30]
        .Select(string.Concat);

    [Theory]
    [InlineData("<!-- distill:end transcript -->", @"\<!-- distill:end transcript -->")]
    [InlineData("---", @"\---")]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData("- [ ] a task", @"\- \[ \] a task")]
    [InlineData("see [[Jai Menon]]", @"see \[\[Jai Menon\]\]")]
    [InlineData("the end ^abc", @"the end \^abc")]
    [InlineData("%% hidden %%", @"\%\% hidden \%\%")]
    [InlineData("call me #task", @"call me \#task")]
    [InlineData("| a | b |", @"\| a \| b \|")]
    [InlineData("```csharp", @"\`\`\`csharp")]
    [InlineData("~~~", @"\~~~")]
    [InlineData("> quoted", @"\> quoted")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("2025) a year", @"2025\) a year")]
    [InlineData("It costs $5M.", @"It costs \$5M.")]
    [InlineData(@"C:\temp", @"C:\\temp")]
    public void Structure_in_text_is_escaped(string text, string expected)
    {
        MarkdownText.Inline(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Hello, world. Fine: yes; 50% done (mostly) - really!")]
    [InlineData("Jai's \"offer\" is 4.5 * 2 = 9 & more > less")]
    [InlineData("2025 was good")]
    public void Ordinary_text_is_left_as_it_is(string text)
    {
        MarkdownText.Inline(text).Should().Be(text);
    }

    [Fact]
    public void Line_breaks_inside_text_become_spaces()
    {
        MarkdownText.Inline("one\ntwo\r\nthree\r\rfour\u2028five").Should().Be("one two three four five");
    }

    [Fact]
    public void Control_characters_are_dropped()
    {
        MarkdownText.Inline("a\0b\u001Bc").Should().Be("abc");
    }

    [Fact]
    public void Any_text_is_one_line_whose_specials_are_all_escaped_and_that_unescapes_to_the_text()
    {
        HostileText.Sample(text =>
        {
            var escaped = MarkdownText.Inline(text);

            escaped.Should().NotContainAny("\n", "\r", "\u2028", "\u2029", "%%");
            Unescaped(escaped).Should().NotContainAny("[", "]", "#", "^", "<", "|", "`", "$", "\\");
            Unescape(escaped).Should().Be(MarkdownText.Flatten(text));
        });
    }

    /// <summary>The text with escaped characters removed, so what is left are the characters Markdown would read.</summary>
    private static string Unescaped(string escaped) => EscapedCharacter().Replace(escaped, string.Empty);

    private static string Unescape(string escaped) => EscapedCharacter().Replace(escaped, "$1");

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex EscapedCharacter();
}
