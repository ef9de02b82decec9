using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Distill.Core.Sources;

namespace Distill.Core.Planning;

/// <summary>
/// What an entity note needs from one meeting, email or document note, read from the note's markdown: the vault is the
/// truth (DESIGN invariant 4), so a meeting deleted from it, or edited in it, reads as it now is.
/// </summary>
/// <param name="Path">The note's vault-relative path.</param>
/// <param name="Name">Its file name without ".md": what a link to it names.</param>
/// <param name="Type">Its front matter <c>type</c>: meeting, email or document.</param>
/// <param name="Date">Its front matter <c>date</c>.</param>
/// <param name="Title">Its front matter <c>title</c>, else its name.</param>
/// <param name="Participants">Its front matter <c>participants</c> (a document's <c>author</c>), links or plain names.</param>
/// <param name="Mentions">Its front matter <c>mentions</c>, links or plain names.</param>
/// <param name="Summary">The summary's first sentence, read as the reader sees it, at most about <see cref="SummaryLength"/> characters.</param>
/// <param name="Tasks">The action items and follow-ups, in line order.</param>
/// <param name="Decisions">The decisions region's items, in line order.</param>
/// <param name="Facts">The key facts region's items, in line order.</param>
/// <param name="Risks">The risks region's items, in line order.</param>
/// <param name="Questions">The open questions region's items, in line order.</param>
internal sealed record MeetingDigest(
    string Path,
    string Name,
    string Type,
    DateOnly Date,
    string Title,
    ImmutableArray<NameRef> Participants,
    ImmutableArray<NameRef> Mentions,
    string Summary,
    ImmutableArray<DigestTask> Tasks,
    ImmutableArray<DigestItem> Decisions,
    ImmutableArray<DigestItem> Facts,
    ImmutableArray<DigestItem> Risks,
    ImmutableArray<DigestItem> Questions)
{
    public const int SummaryLength = 200;

    private const string BeginMarker = "<!-- distill:begin ";
    private const string EndMarker = "<!-- distill:end ";
    private const string TranscriptRegion = "transcript";

    private static readonly FrozenSet<string> SourceTypes = FrozenSet.Create(StringComparer.Ordinal, "meeting", "email", "document");

    /// <summary>
    /// What a task's owner is written as when it is the vault owner and not a link: the handle Distill writes
    /// (<c>@Myself</c>), and the local channel's name when no owner is configured (<c>@Me</c>).
    /// </summary>
    private static readonly FrozenSet<string> VaultOwnerHandles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "Myself", "Me");

    /// <summary>
    /// The digest of a note, or null when it is not a meeting, email or document note with a date. A note edited by hand
    /// or with broken markers gives what can still be read; nothing in its text throws.
    /// </summary>
    public static MeetingDigest? Parse(string path, string content) => Parse(new VaultFile(path, content, string.Empty));

    /// <summary>The digest of a note whose front matter is already read (<see cref="VaultFile.FrontMatter"/>), as every run reads the whole vault's.</summary>
    public static MeetingDigest? Parse(VaultFile note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var (path, content, frontMatter) = (note.Path, note.Content, note.FrontMatter);
        if (frontMatter.Text("type") is not { } type || !SourceTypes.Contains(type) || frontMatter.Date("date") is not { } date)
        {
            return null;
        }

        var bodyStart = Offset(content, frontMatter.BodyStartIndex);
        var body = Body.Read(content, bodyStart);
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        return new MeetingDigest(
            path,
            name,
            type,
            date,
            frontMatter.Text("title") ?? name,
            Names(frontMatter.Texts("participants").Concat(frontMatter.Texts("author"))),
            Names(frontMatter.Texts("mentions")),
            FirstSentence(PlainText.Of(body.Summary.ToString()).Text),
            body.Tasks.ToImmutable(),
            body.Items("decisions"),
            body.Items("facts"),
            body.Items("risks"),
            body.Items("questions"));
    }

    /// <summary>The first sentence of <paramref name="text"/>, cut on a word boundary with "…" when it is too long.</summary>
    public static string FirstSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = 0;
        while (end < text.Length && !(text[end] is '.' or '!' or '?' && (end + 1 == text.Length || text[end + 1] == ' ')))
        {
            end++;
        }

        var sentence = text[..Math.Min(end + 1, text.Length)];
        if (sentence.Length <= SummaryLength)
        {
            return sentence;
        }

        var space = sentence.LastIndexOf(' ', SummaryLength);
        var cut = space > 0 ? space : SummaryLength;
        if (char.IsHighSurrogate(sentence[cut - 1]))
        {
            cut--;
        }

        return sentence[..cut].TrimEnd(' ', ',', ';', ':', '—', '-') + "…";
    }

    private static ImmutableArray<NameRef> Names(IEnumerable<string> values) =>
        [.. values.Select(NameRef.FromValue).Where(name => name.Shown.Length > 0)];

    /// <summary>The front matter, read with the caps of <see cref="FrontMatter"/>, and where the body starts; only its own lines are split.</summary>
    /// <summary>Where line <paramref name="line"/> (zero-based) of <paramref name="content"/> starts.</summary>
    private static int Offset(string content, int line)
    {
        var offset = 0;
        for (var i = 0; i < line && offset < content.Length; i++)
        {
            var end = content.IndexOf('\n', offset);
            offset = end < 0 ? content.Length : end + 1;
        }

        return offset;
    }

    /// <summary>
    /// The regions of a note's body, read in one pass over its lines. Not <see cref="NoteBody"/>: that one keeps every
    /// byte for a merge, and this runs over every note of the vault on every run, materialising only the lines it reads.
    /// A begin marker opens a region until an end marker or the next begin marker, however the user left them.
    /// </summary>
    private sealed class Body
    {
        private readonly List<(string Region, PlainText Text)> items = [];
        private readonly Dictionary<string, string?> speakers = new(StringComparer.Ordinal);

        public StringBuilder Summary { get; } = new();

        public ImmutableArray<DigestTask>.Builder Tasks { get; } = ImmutableArray.CreateBuilder<DigestTask>();

        public static Body Read(string content, int start)
        {
            var body = new Body();
            string? region = null;
            var transcript = (Start: -1, End: content.Length);
            for (var lineStart = start; lineStart < content.Length;)
            {
                var end = content.IndexOf('\n', lineStart);
                var next = end < 0 ? content.Length : end + 1;
                var line = content.AsSpan(lineStart, (end < 0 ? content.Length : end) - lineStart).TrimEnd();
                if (line.StartsWith(BeginMarker))
                {
                    region = RegionName(line[BeginMarker.Length..]);
                    transcript = region == TranscriptRegion ? (next, content.Length) : transcript;
                }
                else if (line.StartsWith(EndMarker))
                {
                    transcript = region == TranscriptRegion ? (transcript.Start, lineStart) : transcript;
                    region = null;
                }
                else if (region is not (null or TranscriptRegion) && !line.IsEmpty && !line.StartsWith("#"))
                {
                    body.Add(region, line.ToString());
                }

                lineStart = next;
            }

            if (transcript.Start >= 0)
            {
                body.ReadSpeakers(content.AsSpan(transcript.Start, transcript.End - transcript.Start));
            }

            return body;
        }

        public ImmutableArray<DigestItem> Items(string region) =>
            [.. items.Where(item => item.Region == region).Select(item =>
            {
                var anchor = item.Text.Anchors.IsEmpty ? null : item.Text.Anchors[0];
                var speaker = anchor is null ? null : speakers.GetValueOrDefault(anchor);
                return new DigestItem(item.Text.Text, item.Text.Names, speaker, anchor);
            })];

        private static string RegionName(ReadOnlySpan<char> rest)
        {
            var space = rest.IndexOf(' ');
            return (space < 0 ? rest : rest[..space]).ToString();
        }

        private void Add(string region, string line)
        {
            switch (region)
            {
                case "summary":
                    Summary.Append(line).Append(' ');
                    break;
                case "tasks" or "follow-ups":
                    if (TaskLine.Parse(line) is { } task)
                    {
                        Tasks.Add(Task(task));
                    }

                    break;
                case "decisions" or "facts" or "risks" or "questions":
                    if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
                    {
                        AddItem(region, PlainText.Of(line[2..]));
                    }

                    break;
            }
        }

        private void AddItem(string region, PlainText text)
        {
            if (text.Text.Length == 0)
            {
                return;
            }

            items.Add((region, text));
            if (!text.Anchors.IsEmpty)
            {
                speakers.TryAdd(text.Anchors[0], null);
            }
        }

        /// <summary>The speakers of the paragraphs items link to, and no others: most of a note's bytes are its transcript.</summary>
        private void ReadSpeakers(ReadOnlySpan<char> transcript)
        {
            if (speakers.Count == 0)
            {
                return;
            }

            var wanted = speakers.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var range in transcript.Split('\n'))
            {
                var line = transcript[range].TrimEnd();
                var caret = line.LastIndexOf('^');
                if (caret > 0 && line[caret - 1] == ' ' && wanted.ContainsKey(line[(caret + 1)..]))
                {
                    wanted[line[(caret + 1)..]] = Speaker(line[..caret]);
                }
            }
        }

        /// <summary>The speaker of a paragraph, <c>**12:25** **Jai Menon**: text</c> or <c>**Jai Menon**: text</c>: the bold run followed by ':'.</summary>
        private static string? Speaker(ReadOnlySpan<char> paragraph)
        {
            var at = 0;
            for (var run = 0; run < 2 && paragraph[at..].StartsWith("**"); run++)
            {
                var close = paragraph[(at + 2)..].IndexOf("**");
                if (close < 0)
                {
                    return null;
                }

                var after = at + 2 + close + 2;
                if (after < paragraph.Length && paragraph[after] == ':')
                {
                    var name = PlainText.Of(paragraph.Slice(at + 2, close).ToString()).Text;
                    return name.Length > 0 ? name : null;
                }

                at = after;
                while (at < paragraph.Length && paragraph[at] == ' ')
                {
                    at++;
                }
            }

            return null;
        }

        /// <summary>The task's text, then its owner: the last <c>@</c> that starts a word, as <see cref="TaskLine"/> writes it after the evidence.</summary>
        private static DigestTask Task(ParsedTask task)
        {
            var description = task.Description;
            var tags = string.Join(' ', task.Tags.Select(tag => "#" + tag));
            if (tags.Length > 0 && description.EndsWith(tags, StringComparison.Ordinal))
            {
                description = description[..^tags.Length].TrimEnd();
            }

            var at = OwnerStart(description);
            var text = PlainText.Of(at < 0 ? description : description[..at]);
            var (owner, isVaultOwner) = at < 0 ? (null, false) : Owner(description[(at + 1)..]);
            return new DigestTask(text.Text, text.Names, owner, isVaultOwner, task.Status, task.Due, task.Priority, task.Id ?? task.BlockId);
        }

        private static int OwnerStart(string description)
        {
            for (var at = description.LastIndexOf('@'); at >= 0; at = at == 0 ? -1 : description.LastIndexOf('@', at - 1))
            {
                if ((at == 0 || description[at - 1] == ' ') && at + 1 < description.Length && description[at + 1] != ' ')
                {
                    return at;
                }
            }

            return -1;
        }

        private static (NameRef? Owner, bool IsVaultOwner) Owner(string written)
        {
            var link = PlainText.Of(written);
            if (written.StartsWith("[[", StringComparison.Ordinal) && !link.Names.IsEmpty)
            {
                return (link.Names[0], false);
            }

            return VaultOwnerHandles.Contains(link.Text) ? (null, true) : link.Text.Length > 0 ? (new NameRef(link.Text, null), false) : (null, false);
        }
    }
}
