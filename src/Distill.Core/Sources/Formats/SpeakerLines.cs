using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Formats;

/// <summary>A speaker's name on a line of its own, then what they said, with no times.</summary>
internal sealed partial class SpeakerLines : ITranscriptFormat
{
    public string Name => "speaker-lines";

    public bool Recognizes(TranscriptText text)
    {
        var names = text.NonBlankLines().Select(pair => pair.Line.Trim()).Where(IsNameLine).ToList();
        return names.Count >= 4 && names.GroupBy(name => name, StringComparer.Ordinal).Any(group => group.Count() >= 2);
    }

    public ImmutableArray<Segment> Parse(TranscriptText text, ICollection<string> warnings)
    {
        var speakers = text.NonBlankLines()
            .Select(pair => pair.Line.Trim())
            .Where(IsNameLine)
            .GroupBy(name => name, StringComparer.Ordinal)
            .Where(group => group.Count() >= 2)
            .Select(group => group.Key)
            .ToHashSet(StringComparer.Ordinal);
        var turns = new List<(string? Speaker, List<(string Text, int Line)> Lines)>();
        foreach (var (line, index) in text.NonBlankLines())
        {
            var trimmed = line.Trim();
            if (speakers.Contains(trimmed))
            {
                turns.Add((trimmed, []));
            }
            else if (turns.Count > 0)
            {
                turns[^1].Lines.Add((trimmed, text.FileLine(index)));
            }
            else
            {
                turns.Add((null, [(trimmed, text.FileLine(index))]));
            }
        }

        return [.. turns
            .Where(turn => turn.Lines.Count > 0)
            .Select(turn => new Segment(
                null,
                null,
                turn.Speaker,
                string.Join('\n', turn.Lines.Select(said => said.Text)),
                turn.Lines[0].Line))];
    }

    private static bool IsNameLine(string line) => NameLine().IsMatch(line);

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.\-]*)(?:\s\p{Lu}[\p{L}'’.\-]*){0,3}$|^Speaker \d+$")]
    private static partial Regex NameLine();
}
