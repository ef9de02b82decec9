using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Distill.Core.Cleaning;
using Distill.Core.Extraction;
using Distill.Core.Sources;
using Distill.Core.Sources.Email;

namespace Distill.Core.Planning;

/// <summary>
/// The cleaned source text as its note keeps it (DESIGN "Evidence links"): a paragraph per speaker turn, email
/// paragraph or document paragraph, each ending in a block id that items link to. A recorder segment longer than <see cref="LongSegment"/> is cut at sentence
/// ends, the parts' times interpolated by character offset as evidence times are, and shown with '~'.
/// </summary>
internal sealed class Transcript
{
    public static readonly TimeSpan LongSegment = TimeSpan.FromMinutes(1);

    /// <summary>Evidence and paragraph times are computed alike; this absorbs rounding in the last digit.</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(1);

    private readonly string heading;

    private Transcript(ImmutableArray<TranscriptParagraph> paragraphs, string heading)
    {
        Paragraphs = paragraphs;
        this.heading = heading;
    }

    public ImmutableArray<TranscriptParagraph> Paragraphs { get; }

    public static Transcript Of(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var paragraphs = ImmutableArray.CreateBuilder<TranscriptParagraph>();
        var messages = source.Email?.Messages ?? [];
        EmailMessage? lastMessage = null;
        string? lastSpeaker = null;
        foreach (var segment in source.Segments)
        {
            // An email's paragraphs are told by message: the first of each shows when it was sent and by whom, and a
            // quoted message inside it shows its own author where it starts.
            var message = messages.LastOrDefault(candidate => candidate.Line <= segment.Line);
            var opens = message is not null && message != lastMessage;
            var newSpeaker = opens || segment.Speaker != lastSpeaker;
            lastMessage = message ?? lastMessage;
            lastSpeaker = segment.Speaker;
            foreach (var range in Pieces(segment))
            {
                var text = MarkdownText.Flatten(segment.Text[range]);
                if (text.Length == 0)
                {
                    continue;
                }

                var offset = range.Start.GetOffset(segment.Text.Length);
                var start = segment.TimeAt(offset);
                var line = segment.Line + segment.Text.AsSpan(0, offset).Count('\n');
                var id = Unique(start is { } time ? $"t{Seconds(time)}" : $"l{line}", taken);
                var label = start is { } at ? (offset > 0 ? "~" : string.Empty) + Clock(at) : $"line {line}";
                // A document's author is in its front matter.
                var speaker = source.Kind != SourceKind.Document && (message is null || newSpeaker) ? segment.Speaker : null;
                paragraphs.Add(new TranscriptParagraph(id, label, start, line, speaker, text, opens ? message!.Date : null) { Quoted = segment.Quoted });
                opens = false;
                newSpeaker = false;
            }
        }

        var heading = source.Kind switch
        {
            SourceKind.Email => "Messages",
            SourceKind.Document => "Text",
            _ => "Transcript",
        };
        return new Transcript(paragraphs.ToImmutable(), heading);
    }

    /// <summary>
    /// The paragraph that holds the passage: the last one that starts at or before it, by line and by time. Evidence
    /// that fits none (a line or time Distill cannot place) gets the nearest earlier paragraph by time, else the first.
    /// </summary>
    public TranscriptParagraph? Find(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var byLine = Paragraphs.LastOrDefault(paragraph => paragraph.Line <= evidence.Line && StartsBy(paragraph, evidence.Start));
        var byTime = evidence.Start is null ? null : Paragraphs.LastOrDefault(paragraph => paragraph.Start is not null && StartsBy(paragraph, evidence.Start));
        return byLine ?? byTime ?? (Paragraphs.IsEmpty ? null : Paragraphs[0]);
    }

    /// <summary>Links to the paragraphs of <paramref name="evidence"/>, each once, in order; empty without paragraphs.</summary>
    public ImmutableArray<string> LinksFor(ImmutableArray<Evidence> evidence) =>
        [.. evidence.Select(Find).OfType<TranscriptParagraph>().DistinctBy(paragraph => paragraph.Id, StringComparer.Ordinal).Select(paragraph => paragraph.Link)];

    /// <summary>The region body: a heading, then the paragraphs separated by blank lines.</summary>
    public string Render()
    {
        var text = new StringBuilder("## ").Append(heading).Append('\n');
        text.AppendJoin("\n\n", Paragraphs.Select(Render));
        return text.Append('\n').ToString();
    }

    private static string Render(TranscriptParagraph paragraph)
    {
        var parts = new List<string>();
        if (paragraph.Start is not null)
        {
            parts.Add($"**{paragraph.Label}**");
        }
        else if (paragraph.Sent is { } sent)
        {
            parts.Add($"**{sent.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}**");
        }

        var speaker = MarkdownText.Flatten(paragraph.Speaker ?? string.Empty);
        if (speaker.Length > 0)
        {
            parts.Add($"**{MarkdownText.Escape(speaker, lineStart: false)}**:");
        }

        parts.Add(MarkdownText.Escape(paragraph.Text, lineStart: parts.Count == 0));
        parts.Add("^" + paragraph.Id);
        var rendered = string.Join(' ', parts);
        return paragraph.Quoted ? "> " + rendered : rendered;
    }

    private static bool StartsBy(TranscriptParagraph paragraph, TimeSpan? time) =>
        paragraph.Start is not { } start || time is not { } at || start <= at + Tolerance;

    /// <summary>The whole segment, or, when it is long, runs of sentences each spanning at most <see cref="LongSegment"/>.</summary>
    private static List<Range> Pieces(Segment segment)
    {
        if (segment is not { Start: { } start, End: { } end } || end - start <= LongSegment || segment.Text.Length == 0)
        {
            return [0..segment.Text.Length];
        }

        var perCharacter = (end - start) / segment.Text.Length;
        var pieces = new List<Range>();
        var pieceStart = 0;
        foreach (var sentence in Sentences.Ranges(segment.Text))
        {
            var (offset, length) = sentence.GetOffsetAndLength(segment.Text.Length);
            if (offset > pieceStart && perCharacter * (offset + length - pieceStart) > LongSegment)
            {
                pieces.Add(pieceStart..offset);
                pieceStart = offset;
            }
        }

        pieces.Add(pieceStart..segment.Text.Length);
        return pieces;
    }


    private static long Seconds(TimeSpan time) => Math.Max(0, (long)Math.Floor(time.TotalSeconds));

    private static string Clock(TimeSpan time)
    {
        var seconds = Seconds(time);
        var (hours, minutes, rest) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{rest:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{rest:00}");
    }

    private static string Unique(string id, HashSet<string> taken)
    {
        var unique = id;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
        }

        return unique;
    }
}
