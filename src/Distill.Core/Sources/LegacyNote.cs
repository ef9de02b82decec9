using System.Text.RegularExpressions;

namespace Distill.Core.Sources;

/// <summary>
/// A note written by the old pipeline with the raw transcript inside it
/// (&lt;!-- ai:transcript:start --&gt;, "## Transcript (auto)", "## Original Transcript"). Only the
/// transcript is read: the old note's summary and tasks are a model's words, not the meeting's.
/// </summary>
internal static partial class LegacyNote
{
    /// <summary>The lines [start, end) that hold the transcript, or null when the text is not such a note.</summary>
    public static (int Start, int End)? TranscriptLines(IReadOnlyList<string> lines, int from)
    {
        var start = -1;
        for (var i = from; i < lines.Count; i++)
        {
            if (StartMarker().IsMatch(lines[i]) || TranscriptHeading().IsMatch(lines[i]))
            {
                start = i + 1;
                break;
            }
        }

        if (start < 0)
        {
            return null;
        }

        var end = lines.Count;
        for (var i = start; i < lines.Count; i++)
        {
            if (EndMarker().IsMatch(lines[i]) || (OtherHeading().IsMatch(lines[i]) && !TranscriptHeading().IsMatch(lines[i])))
            {
                end = i;
                break;
            }
        }

        while (start < end && (string.IsNullOrWhiteSpace(lines[start]) || TranscriptHeading().IsMatch(lines[start]) || Fence().IsMatch(lines[start])))
        {
            start++;
        }

        while (end > start && (string.IsNullOrWhiteSpace(lines[end - 1]) || Fence().IsMatch(lines[end - 1])))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The note's first "# " heading, which the old pipeline used for its title.</summary>
    public static string? Heading(IReadOnlyList<string> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var match = TitleHeading().Match(lines[i]);
            if (match.Success)
            {
                return match.Groups["title"].Value.Trim();
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*<!--\s*ai:transcript:start\s*-->")]
    private static partial Regex StartMarker();

    [GeneratedRegex(@"^\s*<!--\s*ai:transcript:end\s*-->")]
    private static partial Regex EndMarker();

    [GeneratedRegex(@"^#{1,3}\s+(?:Original\s+)?Transcript\b", RegexOptions.IgnoreCase)]
    private static partial Regex TranscriptHeading();

    [GeneratedRegex(@"^#{1,2}\s+\S")]
    private static partial Regex OtherHeading();

    [GeneratedRegex(@"^\s*(?:```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^#\s+(?<title>\S.*)$")]
    private static partial Regex TitleHeading();
}
