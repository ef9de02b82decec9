namespace Distill.Core.Sources;

/// <summary>One stretch of speech (or one block of text) as the source gives it.</summary>
/// <param name="Start">Time from the start of the recording; null for sources without times.</param>
/// <param name="End">When the stretch ends, where the source says or the next segment tells.</param>
/// <param name="Speaker">The recorder's label or the speaker's name; null when the source names nobody.</param>
/// <param name="Text">What was said.</param>
/// <param name="Line">The 1-based line of the source file the segment starts on.</param>
public sealed record Segment(TimeSpan? Start, TimeSpan? End, string? Speaker, string Text, int Line)
{
    /// <summary>
    /// Kept in the note as the source has it, never extracted from: quoted history, signatures, footers, generated
    /// summaries, notification boilerplate. Email adapters set it; transcripts never do.
    /// </summary>
    public bool Quoted { get; init; }

    /// <summary>
    /// The time of a point inside the segment, interpolated by how far into its text <paramref name="offset"/> is: how
    /// evidence and the note's transcript paragraphs both place a sentence of a long recorder segment.
    /// </summary>
    public TimeSpan? TimeAt(int offset)
    {
        if (Start is not { } start)
        {
            return null;
        }

        if (End is not { } end || end <= start || Text.Length == 0)
        {
            return start;
        }

        return start + ((end - start) * ((double)offset / Text.Length));
    }
}
