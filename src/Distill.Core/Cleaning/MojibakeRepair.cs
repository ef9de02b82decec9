using System.Collections.Frozen;
using System.Text;
using Distill.Core.Sources;

namespace Distill.Core.Cleaning;

/// <summary>
/// Undoes UTF-8 text that was decoded as Windows-1252 or Mac Roman and saved again ("â€”" → "—",
/// "ðŸ”º" → "🔺", "üìÖ" → "📅"). Written by hand: the libraries that do this (ftfy) are Python only.
/// </summary>
/// <remarks>
/// A run of non-ASCII characters is repaired only when every character of it maps back to a byte in
/// one code page, those bytes are valid UTF-8 from the first to the last, and what they spell is
/// Latin, Greek, an accent, punctuation, a symbol or an emoji: a partial match is left alone. So text
/// that is right as it stands ("naïve", "Ã" alone, "‚") is kept, and what is left alone on purpose is
/// genuine text that happens to spell a whole UTF-8 sequence in one of the code pages — "Ã©" written
/// on purpose, or "√©" — since that text and the mojibake of "é" are the same characters and no rule
/// can tell them apart.
/// <para>
/// The other scripts are not repaired, because ordinary typography spells them: in Mac Roman a curly
/// quote or dash before an accented letter ("l’école", "“École”", "—à") is the mojibake of a Cyrillic
/// or Armenian letter, and in Windows-1252 "ß“" is an N'Ko letter and "é——" a CJK one. A transcript
/// holds French and German typography far more often than Cyrillic or Chinese read in the wrong code
/// page, so those stay as they are. What is still ambiguous is rarer: a guillemet glued to an accented
/// letter ("«é") spells a Latin letter in Mac Roman ("ǎ") and is repaired.
/// </para>
/// </remarks>
internal sealed class MojibakeRepair : ICleaningStep
{
    private static readonly CodePageInverse[] CodePages =
        [new(LegacyEncodings.Windows1252), new(LegacyEncodings.MacRoman)];

    public Source Apply(Source source, CleaningOptions options) => source with
    {
        Title = Repair(source.Title),
        Segments = [.. source.Segments.Select(segment => segment with { Text = Repair(segment.Text) })],
    };

    public static string Repair(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var index = 0;
        while (index < text.Length)
        {
            if (char.IsAscii(text[index]))
            {
                output.Append(text[index]);
                index++;
                continue;
            }

            var runEnd = index;
            while (runEnd < text.Length && !char.IsAscii(text[runEnd]))
            {
                runEnd++;
            }

            var run = text.AsSpan(index, runEnd - index);
            output.Append(RepairRun(run));
            index = runEnd;
        }

        return output.ToString();
    }

    private static string RepairRun(ReadOnlySpan<char> run)
    {
        foreach (var codePage in CodePages)
        {
            if (codePage.TryRecover(run) is { } recovered)
            {
                return recovered;
            }
        }

        return run.ToString();
    }

    /// <summary>A code page's characters mapped back to the bytes they came from.</summary>
    private sealed class CodePageInverse
    {
        private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);
        private readonly FrozenDictionary<char, byte> bytesByChar;

        public CodePageInverse(Encoding encoding)
        {
            var map = new Dictionary<char, byte>();
            for (var value = 0x80; value <= 0xFF; value++)
            {
                var decoded = encoding.GetString([(byte)value]);
                if (decoded.Length == 1)
                {
                    map.TryAdd(decoded[0], (byte)value);
                }
            }

            // Decoders that keep undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D in Windows-1252) as
            // C1 control characters: those characters never appear in real text, so they are the byte.
            for (var value = 0x80; value <= 0x9F; value++)
            {
                map.TryAdd((char)value, (byte)value);
            }

            bytesByChar = map.ToFrozenDictionary();
        }

        public string? TryRecover(ReadOnlySpan<char> run)
        {
            if (run.Length < 2)
            {
                return null;
            }

            var bytes = new byte[run.Length];
            for (var i = 0; i < run.Length; i++)
            {
                if (!bytesByChar.TryGetValue(run[i], out bytes[i]))
                {
                    return null;
                }
            }

            string recovered;
            try
            {
                recovered = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }

            return recovered.EnumerateRunes().All(IsRepairable) ? recovered : null;
        }

        /// <summary>Latin, Greek, accents, punctuation, symbols and emoji: what mojibake in a transcript stands for.</summary>
        private static bool IsRepairable(Rune rune) => rune.Value switch
        {
            >= 0x80 and <= 0x23F => true, // Latin-1 Supplement, Latin Extended-A and -B up to "ȿ"
            >= 0x300 and <= 0x3FF => true, // combining accents (decomposed "é"), Greek ("μs", "Δ")
            >= 0x1E00 and <= 0x1EFF => true, // Latin Extended Additional (Vietnamese)
            >= 0x2000 and <= 0x2BFF => true, // punctuation, currency, arrows, math, dingbats ("—", "€", "✅")
            >= 0xFE00 and <= 0xFE0F => true, // variation selectors of emoji
            >= 0x1F000 and <= 0x1FAFF => true, // emoji ("🔺", "📅")
            _ => false,
        };
    }
}
