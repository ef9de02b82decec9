using System.Globalization;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Formats;

/// <summary>Clock times as transcripts write them: "1:02:03.45", "01:02:03,450", "2:03", "0:34".</summary>
internal static partial class Timestamps
{
    public static TimeSpan? Parse(string text)
    {
        var match = ClockTime().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var seconds = int.Parse(match.Groups["s"].ValueSpan, CultureInfo.InvariantCulture);
        var fraction = match.Groups["f"].Success
            ? double.Parse("0." + match.Groups["f"].Value, CultureInfo.InvariantCulture)
            : 0;
        return seconds >= 60 || (hours > 0 && minutes >= 60)
            ? null
            : TimeSpan.FromSeconds((hours * 3600) + (minutes * 60) + seconds + fraction);
    }

    [GeneratedRegex(@"^(?:(?<h>\d{1,2}):)?(?<m>\d{1,3}):(?<s>\d{1,2})(?:[.,](?<f>\d{1,3}))?$")]
    private static partial Regex ClockTime();
}
