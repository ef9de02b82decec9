using System.Collections.Immutable;

namespace Distill.Core.Sources.Formats;

/// <summary>One transcript layout: whether a text is in it, and its segments when it is.</summary>
internal interface ITranscriptFormat
{
    /// <summary>The name the output shows, e.g. "webvtt".</summary>
    string Name { get; }

    bool Recognizes(TranscriptText text);

    /// <summary>The segments; what could not be read is said in <paramref name="warnings"/>.</summary>
    ImmutableArray<Segment> Parse(TranscriptText text, ICollection<string> warnings);
}
