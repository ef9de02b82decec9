using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Distill.Core.Extraction;
using Distill.Core.Sources;

namespace Distill.Core.Planning;

/// <summary>
/// The text of a meeting note (DESIGN "Front matter", "Evidence links", "Formats we write"): front matter, the title,
/// then one region per section that has something — summary, action items, follow-ups, decisions, key facts, outcomes,
/// risks, open questions — and the transcript every item links into.
/// </summary>
internal static class MeetingNote
{
    public const string TaskTag = "task";
    public const string ProposedTag = "proposed";

    /// <summary>An automated email (a share, a calendar answer, an alert): it has no tasks, and a filter can hide it.</summary>
    public const string NotificationTag = "notification";

    /// <summary>DESIGN invariant 2: an item without evidence is marked, not hidden.</summary>
    public const string NeedsReviewTag = "needs-review";

    public static string Render(Extraction.Extraction extraction, MeetingNoteContext context)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(context);
        var transcript = Transcript.Of(extraction.Source);
        var links = new EntityLinks(context.Entities);
        var note = new StringBuilder(FrontMatter(extraction, context, links));
        note.Append("# ").Append(MarkdownText.Inline(context.Title)).Append('\n');
        foreach (var (name, body) in Sections(extraction, context, transcript, links))
        {
            note.Append('\n').Append(Region.Render(name, body));
        }

        return note.ToString();
    }

    /// <summary>The front matter DESIGN gives each kind of note: a meeting's times, a thread's identity and length, a document's author.</summary>
    private static string FrontMatter(Extraction.Extraction extraction, MeetingNoteContext context, EntityLinks links)
    {
        var source = extraction.Source;
        var participants = Names(extraction.Participants, links).ToList();
        var mentioned = extraction.Mentions.People.Concat(extraction.Mentions.Projects).Concat(extraction.Mentions.Customers);
        var mentions = Names(mentioned, links).Except(participants, StringComparer.Ordinal);
        var yaml = new FrontMatterWriter()
            .Text("type", TypeOf(source.Kind))
            .Text("title", MarkdownText.Flatten(context.Title))
            .Date("date", source.Date);
        switch (source.Kind)
        {
            case SourceKind.Email:
                yaml.List("participants", participants)
                    .List("mentions", mentions)
                    .Text("source", context.SourcePath)
                    .Text("thread_id", source.Identity)
                    .Number("messages", source.Email?.Messages.Length ?? 0);
                break;
            case SourceKind.Document:
                var author = source.Author is null ? null : Names([source.Author], links).FirstOrDefault();
                if (author is not null)
                {
                    yaml.Text("author", author);
                }

                yaml.List("mentions", participants.Concat(mentions).Where(name => name != author).Distinct(StringComparer.Ordinal))
                    .Text("source", context.SourcePath)
                    .Text("source_sha256", source.Sha256);
                break;
            default:
                if (source.Time is { } time)
                {
                    yaml.Text("time", time.ToString("HH:mm", CultureInfo.InvariantCulture));
                }

                if (DurationMinutes(source) is { } minutes)
                {
                    yaml.Number("duration_min", minutes);
                }

                yaml.List("participants", participants)
                    .List("mentions", mentions)
                    .Text("source", context.SourcePath)
                    .Text("source_sha256", source.Sha256);
                break;
        }

        IEnumerable<string> own = source.Kind switch
        {
            SourceKind.Transcript when extraction.Participants.Length == 2 => ["meeting", "one-on-one"],
            SourceKind.Email when source.Email is { Automated: true } => ["email", NotificationTag],
            _ => [TypeOf(source.Kind)],
        };
        var tags = own.Concat(context.Tags).Select(Tag).Where(tag => tag.Length > 0).Distinct(StringComparer.Ordinal);
        return yaml.Text("extractor", context.Extractor).List("tags", tags).Write();
    }

    /// <summary>The front matter <c>type</c> of a note written from a source of <paramref name="kind"/>.</summary>
    public static string TypeOf(SourceKind kind) => kind switch
    {
        SourceKind.Email => "email",
        SourceKind.Document => "document",
        _ => "meeting",
    };

    private static IEnumerable<(string Name, string Body)> Sections(
        Extraction.Extraction extraction, MeetingNoteContext context, Transcript transcript, EntityLinks links)
    {
        if (MarkdownText.Flatten(extraction.Summary).Length > 0)
        {
            yield return ("summary", $"## Summary\n{links.Prose(extraction.Summary)}\n");
        }

        // Task ids must not collide with each other nor with the transcript's block ids, in one note.
        var taken = transcript.Paragraphs.Select(paragraph => paragraph.Id).ToHashSet(StringComparer.Ordinal);
        var tasks = Tasks(extraction.ActionItems, extraction, context, transcript, links, taken);
        var followUps = Tasks(extraction.FollowUps, extraction, context, transcript, links, taken);
        var lists = new (string Name, string Heading, ImmutableArray<string> Lines)[]
        {
            ("tasks", "Action items", tasks),
            ("follow-ups", "Follow-ups", followUps),
            ("decisions", "Decisions", Items(extraction.Decisions, transcript, links)),
            ("facts", "Key facts", Items(extraction.KeyFacts, transcript, links)),
            ("outcomes", "Outcomes", Items(extraction.Outcomes, transcript, links)),
            ("risks", "Risks", Items(extraction.Risks, transcript, links)),
            ("questions", "Open questions", Items(extraction.OpenQuestions, transcript, links)),
        };
        foreach (var (name, heading, lines) in lists.Where(list => !list.Lines.IsEmpty))
        {
            yield return (name, $"## {heading}\n{string.Concat(lines.Select(line => line + "\n"))}");
        }

        if (!transcript.Paragraphs.IsEmpty)
        {
            yield return ("transcript", transcript.Render());
        }
    }

    private static ImmutableArray<string> Items(ImmutableArray<Item> items, Transcript transcript, EntityLinks links) =>
        [.. items.Select(item =>
        {
            var evidence = transcript.LinksFor(item.Evidence);
            var tail = evidence.IsEmpty ? "#" + NeedsReviewTag : string.Join(' ', evidence);
            var text = links.Prose(item.Text);
            return text.Length == 0 ? $"- {tail}" : $"- {text} {tail}";
        })];

    private static ImmutableArray<string> Tasks(
        ImmutableArray<TaskItem> tasks, Extraction.Extraction extraction, MeetingNoteContext context, Transcript transcript, EntityLinks links, HashSet<string> taken) =>
        [.. tasks.Select(task =>
        {
            var evidence = transcript.LinksFor(task.Evidence);
            ImmutableArray<string> tags = evidence.IsEmpty ? [TaskTag, ProposedTag, NeedsReviewTag] : [TaskTag, ProposedTag];
            var id = TaskId.For(extraction.Source.Sha256, task.Text, taken);
            var status = context.ProposedStatus ? '?' : ' ';
            return new TaskLine(status, links.Prose(task.Text), evidence, Owner(task.Owner, context, links), task.Due, task.Priority, id, tags).Render();
        })];

    /// <summary><c>@[[Name]]</c>, the vault owner's handle, plain <c>@Name</c> for a name with no entity, or null.</summary>
    private static string? Owner(string? owner, MeetingNoteContext context, EntityLinks links)
    {
        if (owner is null || MarkdownText.Flatten(owner) is not { Length: > 0 } name)
        {
            return null;
        }

        var entity = links.EntityOf(owner) ?? links.EntityOf(name);
        if (context.Owner is { } me && string.Equals(entity ?? name, me.Name, StringComparison.Ordinal))
        {
            var handle = MarkdownText.Flatten(me.Handle ?? string.Empty);
            return handle.Length > 0 ? MarkdownText.Escape(handle, lineStart: false) : "@" + EntityLinks.Link(me.Name);
        }

        return entity is null ? "@" + MarkdownText.Escape(name, lineStart: false) : "@" + EntityLinks.Link(entity, name);
    }

    /// <summary>
    /// Links for names with an entity, plain text (never a link) for the rest, each once. A link shows the name as the
    /// source had it ("[[Jay Smith|Jay]]"), so a later run can resolve that name again (DESIGN invariant 4).
    /// </summary>
    private static IEnumerable<string> Names(IEnumerable<string> names, EntityLinks links) =>
        names.Select(name => links.EntityOf(name) is { } entity
                ? EntityLinks.Link(entity, name)
                : string.Concat(MarkdownText.Flatten(name).Where(c => c is not ('[' or ']'))))
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal);

    /// <summary>An Obsidian tag: no '#', no spaces.</summary>
    private static string Tag(string tag) => MarkdownText.Flatten(tag).TrimStart('#').Replace(' ', '-');

    /// <summary>From the first timed segment's start to the last one's end, in whole minutes; null without times.</summary>
    private static int? DurationMinutes(Source source)
    {
        var timed = source.Segments.Where(segment => segment.Start is not null).ToList();
        if (timed.Count == 0)
        {
            return null;
        }

        var first = timed.Min(segment => segment.Start!.Value);
        var last = timed.Max(segment => segment.End ?? segment.Start!.Value);
        var minutes = (int)Math.Round((last - first).TotalMinutes, MidpointRounding.AwayFromZero);
        return minutes > 0 ? minutes : null;
    }
}
