using System.Collections.Immutable;

namespace Distill.Core.Sources.Formats;

/// <summary>SubRip: a cue number, "00:00:01,000 --> 00:00:04,000", the text.</summary>
internal sealed class Srt : ITranscriptFormat
{
    public string Name => "srt";

    public bool Recognizes(TranscriptText text) => Cues.HasTimingLine(text);

    public ImmutableArray<Segment> Parse(TranscriptText text, ICollection<string> warnings) => Cues.Parse(text, warnings);
}
