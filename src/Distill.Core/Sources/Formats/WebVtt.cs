using System.Collections.Immutable;

namespace Distill.Core.Sources.Formats;

/// <summary>WebVTT as Zoom ("Name: text" cues) and Teams ("&lt;v Name&gt;text&lt;/v&gt;", uuid cue ids) export it.</summary>
internal sealed class WebVtt : ITranscriptFormat
{
    public string Name => "webvtt";

    public bool Recognizes(TranscriptText text) =>
        text.NonBlankLines().FirstOrDefault().Line?.TrimStart('\uFEFF').StartsWith("WEBVTT", StringComparison.Ordinal) == true;

    public ImmutableArray<Segment> Parse(TranscriptText text, ICollection<string> warnings) => Cues.Parse(text, warnings);
}
