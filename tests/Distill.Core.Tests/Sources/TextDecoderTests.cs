using System.Text;
using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources;

public sealed class TextDecoderTests
{
    [Fact]
    public void Valid_utf8_is_read_as_utf8()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("Café — “quoted”"));

        decoded.Should().Be(new DecodedText("Café — “quoted”", "utf-8", WasUtf8: true));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_part_of_the_text()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i']);

        decoded.Should().Be(new DecodedText("Hi", "utf-8", WasUtf8: true));
    }

    [Fact]
    public void Utf16_little_endian_with_a_byte_order_mark_is_read_as_utf16()
    {
        var decoded = TextDecoder.Decode([0xFF, 0xFE, (byte)'H', 0x00, 0xE9, 0x00]);

        decoded.Should().Be(new DecodedText("Hé", "utf-16", WasUtf8: false));
    }

    [Fact]
    public void Utf16_big_endian_with_a_byte_order_mark_is_read_as_utf16()
    {
        var decoded = TextDecoder.Decode([0xFE, 0xFF, 0x00, (byte)'H', 0x00, 0xE9]);

        decoded.Should().Be(new DecodedText("Hé", "utf-16BE", WasUtf8: false));
    }

    [Fact]
    public void Windows_1252_quotes_and_accents_are_decoded_by_detection()
    {
        var decoded = TextDecoder.Decode(InWindows1252("She said \u201Ccaf\u00E9\u201D twice."));

        (decoded.Text, decoded.WasUtf8).Should().Be(("She said \u201Ccaf\u00E9\u201D twice.", false));
    }

    [Fact]
    public void Text_the_detector_takes_for_latin1_keeps_its_windows_quotes()
    {
        var decoded = TextDecoder.Decode(InWindows1252("Se\u00F1or Mu\u00F1oz said \u201Cs\u00ED\u201D."));

        decoded.Should().Be(new DecodedText("Se\u00F1or Mu\u00F1oz said \u201Cs\u00ED\u201D.", "windows-1252", WasUtf8: false));
    }
}
