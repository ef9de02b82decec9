using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Documents;

/// <summary>
/// A note the user dropped in <c>Inbox/Documents/</c>: markdown or plain text, with optional front matter <c>date</c>,
/// <c>author</c> and <c>title</c>. Each paragraph is a segment on its own line, so evidence links the paragraph it came
/// from (<c>^l42</c>); the author, when named, is the one who speaks in it.
/// </summary>
internal static partial class DocumentFile
{
    public const string FormatName = "document";

    private static readonly string[] Extensions = [".md", ".markdown", ".txt"];

    public static bool HasDocumentExtension(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>The document, or the reason it cannot be one.</summary>
    /// <param name="path">The file as it was given.</param>
    /// <param name="text">Its decoded text.</param>
    /// <param name="lines">That text cut into lines.</param>
    /// <param name="fileDate">The date used when neither the front matter nor the file name gives one.</param>
    /// <param name="warnings">What was skipped or guessed so far.</param>
    public static ReadResult Read(string path, string text, IReadOnlyList<string> lines, DateOnly fileDate, List<string> warnings)
    {
        var frontMatter = FrontMatter.Read(lines, warnings);
        var author = frontMatter.Text("author");
        var segments = Paragraphs(lines, frontMatter.BodyStartIndex, author);
        if (segments.IsEmpty)
        {
            return new ReadResult.Rejected(new Problem(path, frontMatter.BodyStartIndex > 0 ? "no text after the front matter" : "the file is empty"));
        }

        var fileName = FileName.Parse(path);
        var (date, origin) = frontMatter.Date("date") is { } stated
            ? (stated, DateOrigin.FrontMatter)
            : fileName.Date is { } named ? (named, DateOrigin.FileName) : (fileDate, DateOrigin.FileTime);
        var title = frontMatter.Text("title") ?? FirstHeading(lines, frontMatter.BodyStartIndex) ?? fileName.Title;
        var source = new Source(
            path,
            SourceKind.Document,
            FormatName,
            ContentIdentity.Of(lines),
            date,
            origin,
            frontMatter.Time("time"),
            title.Length > 0 ? title : "Document",
            segments,
            [],
            [.. warnings]) { Raw = text, Author = author };
        return new ReadResult.Read(source);
    }

    /// <summary>Runs of non-blank lines, each a segment starting on its first line; a heading is a paragraph of its own.</summary>
    private static ImmutableArray<Segment> Paragraphs(IReadOnlyList<string> lines, int bodyStart, string? author)
    {
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var paragraph = new List<string>();
        var first = 0;
        void Close()
        {
            if (paragraph.Count > 0)
            {
                segments.Add(new Segment(null, null, author, string.Join('\n', paragraph), first + 1));
                paragraph.Clear();
            }
        }

        for (var i = bodyStart; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Trim().Length == 0 || Heading().IsMatch(line))
            {
                Close();
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (paragraph.Count == 0)
            {
                first = i;
            }

            paragraph.Add(line);
            if (Heading().IsMatch(line))
            {
                Close();
            }
        }

        Close();
        return segments.ToImmutable();
    }

    private static string? FirstHeading(IReadOnlyList<string> lines, int bodyStart) =>
        lines.Skip(bodyStart).Select(line => Heading().Match(line)).FirstOrDefault(match => match.Success)?.Groups["text"].Value.Trim() is { Length: > 0 } heading
            ? heading
            : null;

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+)$")]
    private static partial Regex Heading();
}
