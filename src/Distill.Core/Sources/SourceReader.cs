using System.Collections.Immutable;
using Distill.Core.Sources.Documents;
using Distill.Core.Sources.Email;
using Distill.Core.Sources.Formats;

namespace Distill.Core.Sources;

/// <summary>A file on disk to a <see cref="Source"/>, or the reason it cannot be one.</summary>
public static class SourceReader
{
    /// <summary>Ten hours of speech is about a megabyte of text; twenty is a file that is not a transcript.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    private static readonly ImmutableArray<ITranscriptFormat> Formats =
    [
        new WhisperJson(),
        new WebVtt(),
        new MacWhisperTimestamped(),
        new MacWhisperMarkdown(),
        new Srt(),
        new OtterText(),
        new SpeakerLines(),
        new PlainText(),
    ];

    public static ReadResult Read(string path) => Read(path, expected: null);

    /// <summary>
    /// Reads the file as the kind its folder says (<see cref="KindFolder"/>): a document as a document whatever it holds,
    /// an email as an email or not at all; without one, the content decides.
    /// </summary>
    public static ReadResult Read(string path, SourceKind? expected)
    {
        byte[] bytes;
        DateTime modified;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Reject(path, "no such file");
            }

            if (info.Length > MaxBytes)
            {
                return Reject(path, $"{info.Length / (1024.0 * 1024):0.0} MB is larger than the {MaxBytes / (1024 * 1024)} MB a source can be");
            }

            bytes = File.ReadAllBytes(path);
            modified = info.LastWriteTime;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Reject(path, $"cannot be read ({error.Message})");
        }

        return Read(path, bytes, DateOnly.FromDateTime(modified), expected);
    }

    /// <summary>Reads content already in memory; <paramref name="fileDate"/> is the date used when neither the content nor the name gives one.</summary>
    public static ReadResult Read(string path, byte[] bytes, DateOnly fileDate) => Read(path, bytes, fileDate, expected: null);

    /// <summary>Reads content already in memory as the kind <paramref name="expected"/>, when given (see <see cref="Read(string, SourceKind?)"/>).</summary>
    public static ReadResult Read(string path, byte[] bytes, DateOnly fileDate, SourceKind? expected)
    {
        if (bytes.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return Reject(path, "the file is empty");
        }

        if (expected == SourceKind.Document && !DocumentFile.HasDocumentExtension(path))
        {
            return Reject(path, "in the documents folder, but not a .md or .txt file");
        }

        if (expected != SourceKind.Document && EmlFile.Recognizes(path, bytes))
        {
            return EmlFile.Read(path, bytes, fileDate);
        }

        if (LooksBinary(bytes))
        {
            return Reject(path, "binary file, not text");
        }

        var warnings = new List<string>();
        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.WasUtf8)
        {
            warnings.Add($"not valid UTF-8; read as {decoded.EncodingName}");
        }

        var lines = SplitLines(decoded.Text);
        if (expected == SourceKind.Document)
        {
            return DocumentFile.Read(path, decoded.Text, lines, fileDate, warnings);
        }

        if (AppleMailExport.Recognizes(lines))
        {
            return AppleMailExport.Read(path, decoded.Text, lines, warnings);
        }

        if (expected == SourceKind.Email)
        {
            return Reject(path, "in the email folder, but neither an Apple Mail export nor an .eml message");
        }

        var frontMatter = FrontMatter.Read(lines, warnings);
        var transcriptRange = LegacyNote.TranscriptLines(lines, frontMatter.BodyStartIndex);
        var (start, end) = transcriptRange ?? (frontMatter.BodyStartIndex, lines.Length);
        var text = new TranscriptText([.. lines[start..end]], FirstLine: start + 1);
        if (text.Lines.All(string.IsNullOrWhiteSpace))
        {
            return Reject(path, transcriptRange is not null ? "the transcript section is empty"
                : frontMatter.BodyStartIndex > 0 ? "no text after the front matter"
                : "the file is empty");
        }

        var format = Formats.First(candidate => candidate.Recognizes(text));
        var segments = format.Parse(text, warnings);
        if (segments.IsEmpty)
        {
            return Reject(path, $"read as {format.Name} but no segment could be read{(warnings.Count > 0 ? ": " + warnings[0] : string.Empty)}");
        }

        var fileName = FileName.Parse(path);
        var (date, origin) = frontMatter.Date("date") is { } stated
            ? (stated, DateOrigin.FrontMatter)
            : fileName.Date is { } named
                ? (named, DateOrigin.FileName)
                : (fileDate, DateOrigin.FileTime);
        var title = frontMatter.Text("title")
                    ?? (fileName.Date is not null && fileName.Title.Length > 0 ? fileName.Title : null)
                    ?? (transcriptRange is not null ? LegacyNote.Heading(lines, frontMatter.BodyStartIndex, start) : null)
                    ?? fileName.Title;
        var time = frontMatter.Time("time") ?? fileName.Time;
        var source = new Source(
            path,
            SourceKind.Transcript,
            transcriptRange is null ? format.Name : $"legacy-note+{format.Name}",
            ContentIdentity.Of(lines),
            date,
            origin,
            time,
            title,
            segments,
            [],
            [.. warnings]) { Raw = decoded.Text };
        return new ReadResult.Read(source);
    }

    /// <summary>LF, CRLF and the bare CR of Apple Mail exports end a line; U+2028 does not, as in editors.</summary>
    internal static string[] SplitLines(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    /// <summary>A NUL in the first 8 KB: no transcript, in any encoding without a byte-order mark, has one.</summary>
    private static bool LooksBinary(byte[] bytes) =>
        bytes is not ([0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) && bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0);

    private static ReadResult.Rejected Reject(string path, string reason) => new(new Problem(path, reason));
}
