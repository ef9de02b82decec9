using System.Buffers;
using System.Text.RegularExpressions;
using Distill.Core.Sources;

namespace Distill.Core.Cleaning;

/// <summary>
/// Takes out what the recognizer wrote for silence and noise — "(keyboard clicking)", "[BLANK_AUDIO]",
/// "BLANKAUDIO", "PAUSE", "Silence from 0 to 1.00", "silence for the rest of the video", what Whisper
/// makes up on silence ("Subs by …", "you you You you", a web address), caption
/// speaker-change marks "&gt;&gt;" — and records each removal.
/// </summary>
internal sealed partial class NoiseMarkers : ICleaningStep
{
    /// <summary>
    /// Something every marker below contains; a segment with none of them is left without running the
    /// expression, whose many alternatives are slow over a whole transcript.
    /// </summary>
    private static readonly SearchValues<string> Clues = SearchValues.Create(
        ["(", "[", ">>", "BLANK", "AUDIO", "SPEECH", "PAUSE", "Pause", "INAUDIBLE", "ilence", "ub by", "ubs by", "ubtitles", "UN videos", "for watching", "subscribe", "www.", "you you", "you You", "You you", "You You", "you, you", "You, you"],
        StringComparison.Ordinal);

    public Source Apply(Source source, CleaningOptions options)
    {
        var removals = source.Removals.ToBuilder();
        var segments = source.Segments.Select(segment =>
        {
            if (segment.Text.AsSpan().IndexOfAny(Clues) < 0)
            {
                return segment;
            }

            var text = Marker().Replace(segment.Text, match =>
            {
                removals.Add(new Removal(RemovalKind.Noise, segment.Line, match.Value.Trim()));
                return " ";
            });
            return ReferenceEquals(text, segment.Text)
                ? segment
                : segment with { Text = Spaces().Replace(text, " ").Trim() };
        });
        return source with { Segments = [.. segments], Removals = removals.ToImmutable() };
    }

    [GeneratedRegex(
        @"\((?:[a-z]+ ){0,3}(?:[a-z]+ing|music|silence|laughter|applause|noise|static|inaudible|crosstalk|beeps?|laughs|coughs|sighs|claps)\)" // (keyboard clicking), (silence)
        + @"|\[(?:[A-Z_ ]{3,30}|(?:[a-z]+ )*(?:music|silence|laughter|applause|noise|static|inaudible|crosstalk|[a-z]+ing))\]" // [BLANK_AUDIO], [music]
        + @"|(?:BLANK_?|_?AUDIO)+|NO[ _]SPEECH|PAUSE|INAUDIBLE" // the same markers, glued to the speech around them
        + @"|\b[Ss]ubs? by \S+(?: cn2)?|\b[Ss]ubtitles by [^.]*\.?|For more UN videos visit:? \S+|[Tt]hank you for watching[.!]?|[Pp]lease subscribe[^.]*[.!]?" // what Whisper makes up on silence
        + @"|\bwww\.[\w-]+(?:\.[\w-]+)+\S*"
        + @"|(?:\b[Yy]ou\b[ .,]*){3,}(?![\p{L}'])" // "you you You you": Whisper's word for silence
        + @"|[Ss]ilence from \d[\w .]*? to \d+(?:\.\d+)?(?: (?:hour|minute|second)(?:s(?!ilence))?(?: \d+ (?:second|minute)(?:s(?!ilence))?)?)?"
        + @"|[Ss]ilence for the rest of the video"
        + @"|Pause for group work(?:out)?"
        + @"|[Ss](?<=(?:^|[.!?)]|\p{Ll})[Ss])ilence(?=\s*$|\s+\p{Lu}|[.(]|\p{Lu})"
        + @"|>>")]
    private static partial Regex Marker();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
