using System.Collections.Immutable;

namespace Distill.Core.Sources.Formats;

/// <summary>The transcript part of a file as lines, with the file line the first of them stands on.</summary>
internal sealed record TranscriptText(ImmutableArray<string> Lines, int FirstLine)
{
    public int FileLine(int index) => FirstLine + index;

    public IEnumerable<(string Line, int Index)> NonBlankLines() =>
        Lines.Select((line, index) => (line, index)).Where(pair => !string.IsNullOrWhiteSpace(pair.line));

    public string Joined() => string.Join('\n', Lines);
}
