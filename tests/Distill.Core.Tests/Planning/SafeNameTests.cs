using System.Buffers;
using System.Text;
using AwesomeAssertions;
using CsCheck;
using Distill.Core.Planning;
using Xunit;

namespace Distill.Core.Tests.Planning;

public sealed class SafeNameTests
{
    private static readonly string Vault = Path.Combine(Path.GetTempPath(), "vault");

    private static readonly SearchValues<char> Forbidden = SearchValues.Create("/\\:*?\"<>|#^[]");

    private static readonly string[] Devices = ["CON", "PRN", "AUX", "NUL", "COM1", "COM9", "LPT1", "LPT9", "COM0", "LPT0", "CONIN$", "CONOUT$"];

    /// <summary>Names built from what breaks paths: separators, dots, Windows' characters and device names, NUL, case and normalisation variants, surrogates, long runs.</summary>
    private static readonly Gen<string> HostileNames = Gen.Frequency(
            (6, Gen.OneOf<string>("a", "Jai", " ", "Menon", "é", "e\u0301", "É", "ß", "😀", "👨‍👩‍👧", "日本")),
            (4, Gen.OneOf<string>("../", "..", ".", "/", "\\", ":", "*", "?", "\"", "<", ">", "|", "#", "^", "[", "]", "%", "~")),
            (2, Gen.OneOf<string>("\0", "\t", "\n", "\r", "\u0085", "\u2028", "\u202E", "\u200B", "\uFEFF", "\uD800", "\uDC00", "\u0301\u0301\u0301")),
            (2, Gen.OneOf(Devices).SelectMany(device => Gen.OneOf<string>(device, device.ToLowerInvariant(), device + ".txt", device + " .md"))),
            (1, Gen.Int[1, 300].Select(length => new string('x', length))),
            (1, Gen.Char.Select(c => c.ToString())))
        .Array[0, 30]
        .Select(string.Concat);

    [Fact]
    public void Any_name_becomes_a_name_every_system_accepts()
    {
        Gen.OneOf(HostileNames, Gen.String).Sample(name => Problems(SafeName.For(name)).Should().BeEmpty($"\"{name}\" became \"{SafeName.For(name)}\""));
    }

    [Fact]
    public void Any_name_stays_one_component_inside_the_vault()
    {
        Gen.OneOf(HostileNames, Gen.String).Sample(name =>
        {
            var safe = SafeName.For(name);
            var path = Path.GetFullPath(Path.Combine(Vault, "People", safe, safe + ".md"));

            path.Should().StartWith(Path.Combine(Vault, "People") + Path.DirectorySeparatorChar);
            Path.GetFileName(Path.GetDirectoryName(path)).Should().Be(safe);
        });
    }

    [Fact]
    public void A_safe_name_is_its_own_safe_name()
    {
        Gen.OneOf(HostileNames, Gen.String).Sample(name => SafeName.For(SafeName.For(name)).Should().Be(SafeName.For(name)));
    }

    [Theory]
    [InlineData("Jai Menon", "Jai Menon")]
    [InlineData("1:1 with Jai Menon — offers", "1-1 with Jai Menon — offers")]
    [InlineData("../../etc/passwd", "-..-etc-passwd")]
    [InlineData("Q3 [draft] #plan ^x | y?", "Q3 draft plan x - y")]
    [InlineData("Notes...", "Notes")]
    [InlineData(" .hidden ", "hidden")]
    [InlineData("a\0b\tc\nd", "ab c d")]
    [InlineData("CON", "_CON")]
    [InlineData("con.md", "_con.md")]
    [InlineData("Lpt1 .txt", "_Lpt1 .txt")]
    [InlineData("CONSOLE", "CONSOLE")]
    [InlineData("", "Untitled")]
    [InlineData("..", "Untitled")]
    [InlineData("[[]]", "Untitled")]
    public void Name_is_made_safe_as_written(string name, string expected)
    {
        SafeName.For(name).Should().Be(expected);
    }

    [Fact]
    public void A_long_name_is_cut_to_the_byte_limit_on_a_character_boundary()
    {
        var name = string.Concat(Enumerable.Repeat("é👨‍👩‍👧", 40));

        var safe = SafeName.For(name);

        Encoding.UTF8.GetByteCount(safe).Should().BeLessThanOrEqualTo(SafeName.MaxBytes);
        name.Should().StartWith(safe);
        safe.Should().EndWith("👨‍👩‍👧");
    }

    [Fact]
    public void Three_hundred_characters_become_the_first_hundred_and_twenty()
    {
        SafeName.For(new string('x', 300)).Should().Be(new string('x', 120));
    }

    [Fact]
    public void A_device_name_left_by_cutting_is_still_made_safe()
    {
        SafeName.For("CON" + "a" + new string('\u0301', 200)).Should().Be("_CON");
    }

    [Fact]
    public void Names_that_differ_by_case_are_one_name()
    {
        SafeName.Key("Jai Menon").Should().Be(SafeName.Key("JAI MENON"));
    }

    [Fact]
    public void Names_that_differ_by_unicode_normalisation_are_one_name()
    {
        SafeName.Key("Ren\u0065\u0301").Should().Be(SafeName.Key("Ren\u00E9"));
    }

    [Fact]
    public void Decomposed_input_is_written_composed()
    {
        SafeName.For("Ren\u0065\u0301").Should().Be("Ren\u00E9");
    }

    [Fact]
    public void Names_that_become_the_same_file_name_are_one_name()
    {
        SafeName.Key("1:1 with Jai").Should().Be(SafeName.Key("1-1 WITH JAI"));
    }

    [Fact]
    public void Different_names_have_different_keys()
    {
        SafeName.Key("Jai Menon").Should().NotBe(SafeName.Key("Jai Menon 2"));
    }

    private static List<string> Problems(string name)
    {
        var problems = new List<string>();
        var stem = name.Split('.')[0].TrimEnd(' ');
        if (name.Length == 0 || name is "." or "..")
        {
            problems.Add("empty or a dot name");
        }

        if (name.AsSpan().IndexOfAny(Forbidden) >= 0)
        {
            problems.Add("a forbidden character");
        }

        if (name.Any(char.IsControl))
        {
            problems.Add("a control character");
        }

        if (name.Length > 0 && (name[0] is '.' or ' ' || name[^1] is '.' or ' '))
        {
            problems.Add("a leading or trailing dot or space");
        }

        if (Devices.Contains(stem, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add("a device name");
        }

        if (Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(name)) == name && !name.IsNormalized(NormalizationForm.FormC))
        {
            problems.Add("not NFC");
        }

        if (Encoding.UTF8.GetByteCount(name) > SafeName.MaxBytes)
        {
            problems.Add("too long");
        }

        if (Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(name)) != name)
        {
            problems.Add("a lone surrogate");
        }

        return problems;
    }
}
