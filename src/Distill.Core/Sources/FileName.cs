using System.Globalization;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources;

/// <summary>
/// What a recorder's or exporter's file name says: "2025-10-27 09 30 - Jeff.md",
/// "2025-09-30 - Jai Menon.md", "20251006 1630 Teams Meeting.txt", "GMT20240124-202901_Recording.vtt".
/// The time of day is taken out of the title, never left in it.
/// </summary>
internal sealed partial record FileName(DateOnly? Date, TimeOnly? Time, string Title)
{
    public static FileName Parse(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path).Trim();
        var match = DatedName().Match(stem);
        if (!match.Success)
        {
            return new FileName(null, null, Readable(stem));
        }

        var date = DateOnly.TryParseExact(
            $"{match.Groups["y"].Value}-{match.Groups["mo"].Value}-{match.Groups["d"].Value}",
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var parsed) ? parsed : (DateOnly?)null;
        TimeOnly? time = match.Groups["h"].Success
                         && int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture) is var hour and < 24
                         && int.Parse(match.Groups["mi"].ValueSpan, CultureInfo.InvariantCulture) is var minute and < 60
            ? new TimeOnly(hour, minute)
            : null;
        return date is null
            ? new FileName(null, null, Readable(stem))
            : new FileName(date, time, Readable(match.Groups["title"].Value));
    }

    /// <summary>Separators a file name needs turned back into words: "Recording" from "_Recording".</summary>
    private static string Readable(string title) => title.Trim(' ', '-', '_', '—', '–', '.');

    [GeneratedRegex(@"^(?:GMT)?(?<y>\d{4})-?(?<mo>\d{2})-?(?<d>\d{2})(?:[ _T-](?<h>\d{2})[ :.h-]?(?<mi>\d{2})(?:[ :.-]?\d{2})?(?!\d))?(?<title>.*)$")]
    private static partial Regex DatedName();
}
