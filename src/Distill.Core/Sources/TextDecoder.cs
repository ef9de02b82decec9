using System.Text;
using UtfUnknown;

namespace Distill.Core.Sources;

/// <summary>Bytes to text: a byte-order mark first, then strict UTF-8, then detection for the rest.</summary>
internal static class TextDecoder
{
    private const int Utf8CodePage = 65001;

    /// <summary>
    /// ISO-8859-1 and ASCII are read as Windows-1252, as browsers do (WHATWG Encoding): the detector names
    /// Latin-1 for Windows text, whose 0x80–0x9F bytes are quotes and dashes, not invisible C1 controls.
    /// </summary>
    private const int Latin1CodePage = 28591;

    private const int AsciiCodePage = 20127;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(byte[] bytes)
    {
        var bom = FromByteOrderMark(bytes);
        if (bom is not null)
        {
            return bom;
        }

        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8", WasUtf8: true);
        }
        catch (DecoderFallbackException)
        {
            var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
            var encoding = detected?.Encoding is { } found && found.CodePage is not (Utf8CodePage or Latin1CodePage or AsciiCodePage)
                ? found
                : LegacyEncodings.Windows1252;
            return new DecodedText(encoding.GetString(bytes), encoding.WebName, WasUtf8: false);
        }
    }

    private static DecodedText? FromByteOrderMark(byte[] bytes)
    {
        var (encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding is null
            ? null
            : new DecodedText(encoding.GetString(bytes, length, bytes.Length - length), encoding.WebName, WasUtf8: encoding is UTF8Encoding);
    }
}
