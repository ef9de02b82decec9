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
        ["(", "[", ">>", "BLANK", "AUDIO", "SPEECH", "PAUSE", "Pause", "INAUDIBLE", "APPLAUSE", "ilence", "Applause", "Music", "Inaudible", "Laughter", "ub by", "ubs by", "ubtitles", "UN videos", "for watching", "subscribe", "www.", "you you", "you You", "You you", "You You", "you, you", "You, you"],
        StringComparison.Ordinal);

    /// <summary>
    /// Markers come in clusters ("you you Silence Inaudible You you"): taking out one can join the pieces of another, so
    /// the expression runs again on what is left, a few times at most.
    /// </summary>
    private const int MaxPasses = 3;

    public Source Apply(Source source, CleaningOptions options)
    {
        var removals = source.Removals.ToBuilder();
        var segments = source.Segments.Select(segment =>
        {
            if (segment.Text.AsSpan().IndexOfAny(Clues) < 0)
            {
                return segment;
            }

            var text = segment.Text;
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                var before = text;
                text = Marker().Replace(text, match =>
                {
                    removals.Add(new Removal(RemovalKind.Noise, segment.Line, match.Value.Trim()));
                    return " ";
                });
                if (ReferenceEquals(text, before))
                {
                    break;
                }

                text = Spaces().Replace(text, " ").Trim();
            }

            return ReferenceEquals(text, segment.Text) ? segment : segment with { Text = text };
        });
        return source with { Segments = [.. segments], Removals = removals.ToImmutable() };
    }

    [GeneratedRegex(
        @"\((?:[a-z-]+ ){0,4}(?:[a-z]+ing|off-mic\w*|music|silence|laughter|applause|noise|static|inaudible|crosstalk|beeps?|laughs|coughs|sighs|claps)\)" // (keyboard clicking), (silence), (audience member speaking off-microphone)
        + @"|\(\s*[Ss]ilence from [^()]*\)|\(\s*\)" // a silence span in parentheses; the parentheses a marker was taken from
        + @"|\[(?:[A-Z_ ]{3,30}|(?:[a-z]+ )*(?:music|silence|laughter|applause|noise|static|inaudible|crosstalk|[a-z]+ing))\]" // [BLANK_AUDIO], [music]
        + @"|(?:BLANK_?|_?AUDIO)+|NO[ _]SPEECH|PAUSE|INAUDIBLE|APPLAUSE" // the same markers, glued to the speech around them
        + @"|\b(?:Silence|Applause|Music|Inaudible|Laughter)(?:[ ,]+(?:Silence|Applause|Music|Inaudible|Laughter|Remark)\b)+\.?" // "Silence Applause Silence Music"
        + @"|(?<=(?:^|[.!?])\s*)(?:Silence|Applause|Laughter|Music)\.?(?=\s*$|\s+(?:\p{Lu}|\())" // one sound word as a sentence of its own
        + @"|\b[Ss]ubs? by \S+(?: cn2)?|\b[Ss]ubtitles by [^.]*\.?|For more UN videos visit:? \S+|[Tt]hank you for watching[.!]?|[Pp]lease subscribe[^.]*[.!]?" // what Whisper makes up on silence
        + @"|\bwww\.[\w-]+(?:\.[\w-]+)+\S*"
        + @"|(?<!\b(?:[Tt]hank|[Ss]ee|[Mm]iss|[Ll]ove)[ ,]+)(?:\b[Yy]ou\b[ .,]*){3,}(?![\p{L}'])" // "you you You you": Whisper's word for silence, not the "you" of "thank you" before it
        + @"|[Ss]ilence from \d[\w .]*? to \d+(?:\.\d+)?(?: (?:hour|minute|second)(?:s(?!ilence))?(?: \d+ (?:second|minute)(?:s(?!ilence))?)?)?"
        + @"|[Ss]ilence for the rest of the video"
        + @"|Pause for (?:group work(?:out)?|responses)"
        + @"|[Ss](?<=(?:^|[.!?)]|\p{Ll})[Ss])ilence(?=\s*$|\s+\p{Lu}|[.(]|\p{Lu})"
        + @"|>>")]
    private static partial Regex Marker();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
