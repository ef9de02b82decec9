using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Formats;

/// <summary>A speaker's name on a line of its own, then what they said, with no times.</summary>
internal sealed partial class SpeakerLines : ITranscriptFormat
{
    /// <summary>Four names of up to fifteen letters; a longer line is speech.</summary>
    private const int MaxNameLength = 64;

    public string Name => "speaker-lines";

    public bool Recognizes(TranscriptText text) =>
        Speakers(text) is { Count: > 0 } speakers
        && text.NonBlankLines().Count(pair => speakers.Contains(pair.Line.Trim())) >= 4;

    public ImmutableArray<Segment> Parse(TranscriptText text, ICollection<string> warnings)
    {
        var speakers = Speakers(text);
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

    /// <summary>
    /// Name lines said twice or more. A single word that the text also uses in lower case ("Okay" on
    /// its own line, "okay" in a sentence) is a reply, not a name.
    /// </summary>
    private static HashSet<string> Speakers(TranscriptText text)
    {
        var lines = text.NonBlankLines().Select(pair => pair.Line.Trim()).ToList();
        var candidates = lines
            .Where(line => line.Length <= MaxNameLength && NameLine().IsMatch(line))
            .GroupBy(name => name, StringComparer.Ordinal)
            .Where(group => group.Count() >= 2)
            .Select(group => group.Key)
            .ToList();
        if (!candidates.Any(name => !name.Contains(' ', StringComparison.Ordinal)))
        {
            return [.. candidates];
        }

        var lowerCaseWords = lines.SelectMany(line => line.Split(' ')).Where(word => word.Length > 0 && char.IsLower(word[0]))
            .Select(word => word.Trim('.', ',', '?', '!')).ToHashSet(StringComparer.Ordinal);
        return [.. candidates.Where(name => name.Contains(' ', StringComparison.Ordinal) || !lowerCaseWords.Contains(name.ToLowerInvariant()))];
    }

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.\-]*)(?:\s\p{Lu}[\p{L}'’.\-]*){0,3}$|^Speaker \d+$")]
    private static partial Regex NameLine();
}
