using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Formats;

/// <summary>
/// MacWhisper's timestamped export: "[00:12:11.22] Parallels Desktop : text", "[t] Jabra Speak 710: text",
/// "[t]  Jason ValleryText" (a name glued to the text, split later by the cleaner), "[t] text".
/// A line without a timestamp continues the segment above it.
/// </summary>
internal sealed partial class MacWhisperTimestamped : ITranscriptFormat
{
    public string Name => "macwhisper-timestamped";

    public bool Recognizes(TranscriptText text)
    {
        var lines = text.NonBlankLines().Take(20).ToList();
        return lines.Count > 0 && lines.Count(pair => TimestampedLine().IsMatch(pair.Line)) * 2 > lines.Count;
    }

    public ImmutableArray<Segment> Parse(TranscriptText text, ICollection<string> warnings)
    {
        var rows = new List<(TimeSpan Start, string Said, int Line)>();
        foreach (var (line, index) in text.NonBlankLines())
        {
            var match = TimestampedLine().Match(line);
            if (match.Success && Timestamps.Parse(match.Groups["time"].Value) is { } start)
            {
                rows.Add((start, match.Groups["rest"].Value, text.FileLine(index)));
            }
            else if (rows.Count > 0)
            {
                var last = rows[^1];
                rows[^1] = last with { Said = last.Said + "\n" + line.Trim() };
            }
            else
            {
                warnings.Add($"line {text.FileLine(index)}: text before the first timestamp skipped");
            }
        }

        var labels = ChannelLabels(rows.Select(row => row.Said));
        var segments = ImmutableArray.CreateBuilder<Segment>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (start, rest, line) = rows[i];
            TimeSpan? end = i + 1 < rows.Count ? rows[i + 1].Start : null;
            var (speaker, said) = SplitLabel(rest, labels);
            segments.Add(new Segment(start, end, speaker, said, line));
        }

        return segments.MoveToImmutable();
    }

    /// <summary>
    /// The labels before a colon that the file uses as speakers: " : " always marks one; a bare ":"
    /// only when the same label starts two lines or more, so "Note: …" in speech stays speech.
    /// </summary>
    private static HashSet<string> ChannelLabels(IEnumerable<string> rests)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var spaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rest in rests)
        {
            var match = LabelPrefix().Match(rest);
            if (!match.Success)
            {
                continue;
            }

            var label = match.Groups["label"].Value.Trim();
            counts[label] = counts.GetValueOrDefault(label) + 1;
            if (match.Groups["space"].Length > 0)
            {
                spaced.Add(label);
            }
        }

        return [.. counts.Where(pair => pair.Value >= 2 || spaced.Contains(pair.Key)).Select(pair => pair.Key)];
    }

    private static (string? Speaker, string Text) SplitLabel(string rest, HashSet<string> labels)
    {
        var match = LabelPrefix().Match(rest);
        if (match.Success && labels.Contains(match.Groups["label"].Value.Trim()))
        {
            return (match.Groups["label"].Value.Trim(), rest[match.Length..].Trim());
        }

        return (null, rest.Trim());
    }

    [GeneratedRegex(@"^\s*\[(?<time>(?:\d{1,2}:)?\d{1,3}:\d{2}(?:[.,]\d{1,3})?)\]\s?(?<rest>.*)$")]
    private static partial Regex TimestampedLine();

    /// <summary>A dot inside a word belongs to the label ("zoom.us"); a dot before a space ends a sentence.</summary>
    [GeneratedRegex(@"^\s*(?<label>[^\s:.?!,](?:[^:.?!,]|\.(?=[^\s.:])){0,39}?)(?<space> )?:(?!\d)\s*")]
    private static partial Regex LabelPrefix();
}
