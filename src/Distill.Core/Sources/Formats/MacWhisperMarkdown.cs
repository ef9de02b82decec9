using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Formats;

/// <summary>
/// MacWhisper's markdown export: a turn "**Name**: text" (or bare text when the speaker is unknown)
/// followed by its start time on a line of its own, "*01:07*".
/// </summary>
internal sealed partial class MacWhisperMarkdown : ITranscriptFormat
{
    public string Name => "macwhisper-markdown";

    public bool Recognizes(TranscriptText text)
    {
        var lines = text.NonBlankLines().Take(40).Select(pair => pair.Line).ToList();
        return lines.Count(line => TimeLine().IsMatch(line)) >= Math.Max(1, lines.Count / 4);
    }

    public ImmutableArray<Segment> Parse(TranscriptText text, ICollection<string> warnings)
    {
        var turns = new List<(TimeSpan Start, string? Speaker, string Text, int Line)>();
        var pending = new List<string>();
        var pendingLine = 0;
        foreach (var (line, index) in text.NonBlankLines())
        {
            var time = TimeLine().Match(line);
            if (time.Success && Timestamps.Parse(time.Groups["time"].Value) is { } start)
            {
                if (pending.Count == 0)
                {
                    continue;
                }

                turns.Add(Turn(start, pending, pendingLine));
                pending.Clear();
                continue;
            }

            if (pending.Count == 0)
            {
                pendingLine = text.FileLine(index);
            }

            pending.Add(line.Trim());
        }

        if (pending.Count > 0)
        {
            var lastStart = turns.Count > 0 ? turns[^1].Start : TimeSpan.Zero;
            turns.Add(Turn(lastStart, pending, pendingLine));
            warnings.Add($"line {pendingLine}: no time follows the last turn; it takes the time of the turn before");
        }

        return [.. turns.Select((turn, i) => new Segment(
            turn.Start,
            i + 1 < turns.Count ? turns[i + 1].Start : null,
            turn.Speaker,
            turn.Text,
            turn.Line))];
    }

    private static (TimeSpan Start, string? Speaker, string Text, int Line) Turn(TimeSpan start, List<string> lines, int line)
    {
        var joined = string.Join('\n', lines);
        var named = SpeakerPrefix().Match(joined);
        return named.Success
            ? (start, named.Groups["name"].Value.Trim(), joined[named.Length..].Trim(), line)
            : (start, null, joined.Trim(), line);
    }

    [GeneratedRegex(@"^\s*\*(?<time>(?:\d{1,2}:)?\d{1,3}:\d{2})\*\s*$")]
    private static partial Regex TimeLine();

    [GeneratedRegex(@"^\*\*(?<name>[^*\n]{1,60})\*\*\s*:\s*")]
    private static partial Regex SpeakerPrefix();
}
