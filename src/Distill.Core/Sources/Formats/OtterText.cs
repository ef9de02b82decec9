using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Formats;

/// <summary>Otter's text export: "Name  0:34" on a line of its own, then what they said, until the next heading's time.</summary>
internal sealed partial class OtterText : ITranscriptFormat
{
    public string Name => "otter-txt";

    public bool Recognizes(TranscriptText text)
    {
        var lines = text.NonBlankLines().Take(30).ToList();
        return lines.Count(pair => Heading().IsMatch(pair.Line)) >= Math.Max(1, lines.Count / 4);
    }

    public ImmutableArray<Segment> Parse(TranscriptText text, ICollection<string> warnings)
    {
        var turns = new List<(TimeSpan Start, string Speaker, List<(string Text, int Line)> Lines)>();
        foreach (var (line, index) in text.NonBlankLines())
        {
            var heading = Heading().Match(line);
            if (heading.Success && Timestamps.Parse(heading.Groups["time"].Value) is { } start)
            {
                turns.Add((start, heading.Groups["name"].Value.Trim(), []));
            }
            else if (IsOtterCredit(line))
            {
                continue;
            }
            else if (turns.Count > 0)
            {
                turns[^1].Lines.Add((line.Trim(), text.FileLine(index)));
            }
            else
            {
                warnings.Add($"line {text.FileLine(index)}: text before the first speaker skipped");
            }
        }

        return [.. turns
            .Select((turn, i) => (Turn: turn, End: i + 1 < turns.Count ? turns[i + 1].Start : (TimeSpan?)null))
            .Where(pair => pair.Turn.Lines.Count > 0)
            .Select(pair => new Segment(
                pair.Turn.Start,
                pair.End,
                pair.Turn.Speaker,
                string.Join('\n', pair.Turn.Lines.Select(said => said.Text)),
                pair.Turn.Lines[0].Line))];
    }

    /// <summary>Otter's own "Transcribed by https://otter.ai" line, which ends the export after the last turn.</summary>
    private static bool IsOtterCredit(string line) => OtterCredit().IsMatch(line);

    [GeneratedRegex(@"^\s*Transcribed by https?://(?:www\.)?otter\.ai\S*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtterCredit();

    /// <summary>Otter puts two spaces between the name and the time; one space is a sentence ending "at 10:30".</summary>
    [GeneratedRegex(@"^(?<name>\S.{0,59}?)(?: {2,}|\t)(?<time>(?:\d{1,2}:)?\d{1,2}:\d{2})\s*$")]
    private static partial Regex Heading();
}
