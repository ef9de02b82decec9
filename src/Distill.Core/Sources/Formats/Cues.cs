using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Formats;

/// <summary>
/// The cue blocks WebVTT and SRT share: an optional id line, "start --> end", then the payload.
/// The speaker is a WebVTT voice tag (Teams, "&lt;v Name&gt;text&lt;/v&gt;") or a "Name: " prefix (Zoom).
/// </summary>
internal static partial class Cues
{
    public static bool HasTimingLine(TranscriptText text) =>
        text.NonBlankLines().Take(6).Any(pair => TimingLine().IsMatch(pair.Line));

    public static ImmutableArray<Segment> Parse(TranscriptText text, ICollection<string> warnings)
    {
        var cues = new List<(TimeSpan Start, TimeSpan End, string Payload, int Line)>();
        foreach (var block in Blocks(text))
        {
            var timingIndex = block.FindIndex(pair => TimingLine().IsMatch(pair.Line));
            if (timingIndex < 0)
            {
                if (!IsHeaderOrNote(block[0].Line) && !IsCueIdOnly(block))
                {
                    warnings.Add($"line {text.FileLine(block[0].Index)}: block without a cue time skipped");
                }

                continue;
            }

            var timing = TimingLine().Match(block[timingIndex].Line);
            var start = Timestamps.Parse(timing.Groups["start"].Value);
            var end = Timestamps.Parse(timing.Groups["end"].Value);
            var payload = block.Skip(timingIndex + 1).ToList();
            if (start is null || end is null)
            {
                warnings.Add($"line {text.FileLine(block[timingIndex].Index)}: cue with an unreadable time skipped");
                continue;
            }

            if (payload.Count == 0)
            {
                continue;
            }

            cues.Add((start.Value, end.Value, string.Join('\n', payload.Select(pair => pair.Line)), text.FileLine(payload[0].Index)));
        }

        var names = NamePrefixes(cues.Select(cue => Plain(cue.Payload)).ToList());
        var segments = ImmutableArray.CreateBuilder<Segment>(cues.Count);
        foreach (var (start, end, payload, line) in cues)
        {
            var (speaker, said) = Speaker(payload, names);
            if (said.Length > 0)
            {
                segments.Add(new Segment(start, end, speaker, said, line));
            }
        }

        return segments.ToImmutable();
    }

    /// <summary>
    /// The "Name: " prefixes that mark speakers: all of them where most cues have one (Zoom names every
    /// cue), else those that start two cues or more, so "So the answer: yes" in a file without names stays speech.
    /// </summary>
    private static HashSet<string> NamePrefixes(List<string> payloads)
    {
        var prefixes = payloads.Select(payload => NamePrefix().Match(payload)).Where(match => match.Success)
            .Select(match => match.Groups["name"].Value.Trim()).ToList();
        var named = prefixes.Count * 2 >= payloads.Count;
        return prefixes.GroupBy(name => name, StringComparer.Ordinal)
            .Where(group => named || group.Count() >= 2)
            .Select(group => group.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static (string? Speaker, string Text) Speaker(string payload, HashSet<string> names)
    {
        var voice = VoiceTag().Match(payload);
        string? speaker = voice.Success ? voice.Groups["name"].Value.Trim() : null;
        var text = Plain(payload);
        if (speaker is null && NamePrefix().Match(text) is { Success: true } named && names.Contains(named.Groups["name"].Value.Trim()))
        {
            speaker = named.Groups["name"].Value.Trim();
            text = text[named.Length..].Trim();
        }

        return (speaker, text);
    }

    private static string Plain(string payload) => WebUtility.HtmlDecode(AnyTag().Replace(payload, string.Empty)).Trim();

    private static IEnumerable<List<(string Line, int Index)>> Blocks(TranscriptText text)
    {
        var block = new List<(string Line, int Index)>();
        for (var index = 0; index < text.Lines.Length; index++)
        {
            var line = text.Lines[index];
            if (string.IsNullOrWhiteSpace(line))
            {
                if (block.Count > 0)
                {
                    yield return block;
                    block = [];
                }

                continue;
            }

            block.Add((line.Trim(), index));
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }

    private static bool IsHeaderOrNote(string line) =>
        line.StartsWith("WEBVTT", StringComparison.Ordinal)
        || line.StartsWith("NOTE", StringComparison.Ordinal)
        || line.StartsWith("STYLE", StringComparison.Ordinal)
        || line.StartsWith("REGION", StringComparison.Ordinal);

    private static bool IsCueIdOnly(List<(string Line, int Index)> block) => block.Count == 1 && !block[0].Line.Contains(' ', StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<start>(?:\d{1,2}:)?\d{1,3}:\d{1,2}(?:[.,]\d{1,3})?)\s*-->\s*(?<end>(?:\d{1,2}:)?\d{1,3}:\d{1,2}(?:[.,]\d{1,3})?)")]
    private static partial Regex TimingLine();

    [GeneratedRegex(@"<v(?:\.[\w.-]+)?\s+(?<name>[^>]+)>")]
    private static partial Regex VoiceTag();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>|<\d[\d:.]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.\-]*(?:\s+[\p{L}'’.\-]+){0,3}|Speaker\s*\d+)\s*:\s+")]
    private static partial Regex NamePrefix();
}
