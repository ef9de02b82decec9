using System.Text;
using AwesomeAssertions;
using CsCheck;
using Distill.Core.Cleaning;
using Distill.Core.Tests.Specs;
using Xunit;

namespace Distill.Core.Tests.Cleaning;

public sealed class MojibakeRepairTests
{
    private const int Windows1252 = 1252;
    private const int MacRoman = 10000;

    private static readonly string[] Letters = [.. "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".Select(c => c.ToString())];
    private static readonly string[] Accented = ["é", "è", "à", "ü", "ö", "ñ", "ç", "ß", "å", "ø", "í", "ó"];
    private static readonly string[] Punctuation = ["—", "–", "’", "‘", "“", "”", "…"];
    private static readonly string[] Emoji = ["🔺", "📅", "✅", "👍", "🚀", "😀"];

    /// <summary>Text of the kind transcripts hold: mostly letters and spaces, with accents, typography and emoji.</summary>
    private static readonly Gen<string> Text = Gen.Frequency(
            (8, Gen.OneOf(Letters)),
            (3, Gen.Const(" ")),
            (2, Gen.OneOf(Accented)),
            (2, Gen.OneOf(Punctuation)),
            (1, Gen.OneOf(Emoji)))
        .Array[0, 40]
        .Select(string.Concat);

    public static TheoryData<string, string, string> Cases => SpecCases.Read("mojibake.md");

    static MojibakeRepairTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_is_repaired_as_written(string name, string input, string expected)
    {
        MojibakeRepair.Repair(input).Should().Be(expected, name);
    }

    [Fact]
    public void Utf8_read_as_a_legacy_code_page_comes_back_as_written()
    {
        Gen.Select(Text, Gen.OneOf(Windows1252, MacRoman)).Sample((original, codePage) =>
        {
            var mojibake = Encoding.GetEncoding(codePage).GetString(Encoding.UTF8.GetBytes(original));

            MojibakeRepair.Repair(mojibake).Should().Be(original, $"\"{mojibake}\" is \"{original}\" read as code page {codePage}");
        });
    }

    [Fact]
    public void Text_that_is_already_right_is_never_touched()
    {
        Text.Sample(original => MojibakeRepair.Repair(original).Should().Be(original));
    }

    [Fact]
    public void Title_and_segments_are_both_repaired()
    {
        var source = SourceBuilder.Titled("Plan â€” draft", ("Remote", "Itâ€™s fine."));

        var repaired = new MojibakeRepair().Apply(source, new CleaningOptions(null));

        repaired.Title.Should().Be("Plan — draft");
        repaired.Segments[0].Text.Should().Be("It’s fine.");
    }
}
