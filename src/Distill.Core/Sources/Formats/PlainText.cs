using System.Collections.Immutable;

namespace Distill.Core.Sources.Formats;

/// <summary>Text with neither times nor speakers: one segment per paragraph. It takes any text, so it goes last.</summary>
internal sealed class PlainText : ITranscriptFormat
{
    public string Name => "plain-text";

    public bool Recognizes(TranscriptText text) => true;

    public ImmutableArray<Segment> Parse(TranscriptText text, ICollection<string> warnings)
    {
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var paragraph = new List<string>();
        var paragraphLine = 0;
        for (var index = 0; index <= text.Lines.Length; index++)
        {
            var line = index < text.Lines.Length ? text.Lines[index] : string.Empty;
            if (!string.IsNullOrWhiteSpace(line))
            {
                if (paragraph.Count == 0)
                {
                    paragraphLine = text.FileLine(index);
                }

                paragraph.Add(line.Trim());
                continue;
            }

            if (paragraph.Count > 0)
            {
                segments.Add(new Segment(null, null, null, string.Join('\n', paragraph), paragraphLine));
                paragraph.Clear();
            }
        }

        return segments.ToImmutable();
    }
}
