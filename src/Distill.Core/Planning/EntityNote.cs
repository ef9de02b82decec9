using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Distill.Core.Entities;
using Distill.Core.Extraction;

namespace Distill.Core.Planning;

/// <summary>
/// A person's, project's or customer's folder note (DESIGN "Front matter", invariant 4): front matter, the title, then
/// one region per section that has something, each a projection of the vault's meeting notes (<see cref="EntityRecord"/>).
/// Every line links where it comes from; open tasks are listed without checkboxes, since a task lives in its meeting
/// note only, and queried live with the Tasks plugin. No Dataview (the vault has none), no empty sections.
/// </summary>
internal static class EntityNote
{
    /// <summary>
    /// Folders whose notes the task query leaves out: archived sources and the inbox hold text, not tasks. These are the
    /// default layout's; a vault that renames them still gets these names.
    /// </summary>
    public static readonly ImmutableArray<string> QueryExcludedFolders = ["Sources/", "Inbox/"];

    /// <summary>The note as Distill would write it now; the planner merges it into the note on disk (<see cref="NoteMerge"/>).</summary>
    /// <param name="entity">Whose note: its kind decides the type, the tag and the sections.</param>
    /// <param name="title">The note's title and heading.</param>
    /// <param name="aliases">Other names Obsidian resolves to the note.</param>
    /// <param name="emails">People only: their addresses.</param>
    /// <param name="record">What the vault's meetings say about the entity; null when none mentions it.</param>
    public static string Render(Entity entity, string title, ImmutableArray<string> aliases, ImmutableArray<string> emails, EntityRecord? record)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(title);
        var heading = MarkdownText.Flatten(title);
        var note = new StringBuilder(FrontMatter(entity, heading, aliases, emails, record));
        note.Append("# ").Append(MarkdownText.Escape(heading, lineStart: true)).Append('\n');
        if (record is not null)
        {
            foreach (var (name, body) in Sections(entity, heading, record).Where(section => section.Body.Length > 0))
            {
                note.Append('\n').Append(Region.Render(name, body));
            }
        }

        return note.ToString();
    }

    private static string FrontMatter(Entity entity, string title, ImmutableArray<string> aliases, ImmutableArray<string> emails, EntityRecord? record)
    {
        var kind = Kind(entity.Kind);
        var yaml = new FrontMatterWriter()
            .Text("type", kind)
            .Text("title", title)
            .List("aliases", Values(aliases));
        if (entity.Kind == EntityKind.Person)
        {
            yaml.List("emails", Values(emails));
        }

        if (record?.LastContact is { } lastContact)
        {
            yaml.Date("last_contact", lastContact);
        }
        else
        {
            yaml.Empty("last_contact");
        }

        return yaml.List("tags", [kind]).Write();
    }

    private static IEnumerable<(string Name, string Body)> Sections(Entity entity, string title, EntityRecord record)
    {
        var isPerson = entity.Kind == EntityKind.Person;
        if (!isPerson && record.Status is { } status)
        {
            yield return ("status", $"## Status\n{StatusLine(status)}\n");
        }

        yield return ("facts", List("Key facts", record.Facts.Select(fact => $"- {Escape(fact.Text)} ({Link(fact.Note, fact.Anchor, Date(fact.Date))})")));
        if (!isPerson)
        {
            yield return ("blockers", List("Blockers", record.Blockers.Select(blocker => $"- {Escape(blocker.Text)} ({Link(blocker.Note, blocker.Anchor, Date(blocker.Date))})")));
        }

        yield return ("tasks", Tasks(entity, title, record));
        yield return ("decisions", List("Decisions", record.Decisions.Select(decision =>
            $"- {Date(decision.Date)} — {Escape(decision.Text, lineStart: false)} ({Link(decision.Note, decision.Anchor, "link")})")));
        yield return ("context", List("Recent context", record.Context.Select(ContextLine)));
        if (isPerson)
        {
            yield return ("collaborators", List("Collaborators", record.Collaborators.Select(collaborator =>
                $"- {EntityLinks.Link(collaborator.Person.Name)} — {collaborator.Meetings.ToString(CultureInfo.InvariantCulture)} {(collaborator.Meetings == 1 ? "meeting" : "meetings")}")));
        }
    }

    /// <summary>
    /// People: what they owe and what is owed to them; projects and customers: their next steps. Then a Tasks query that
    /// keeps the list live between runs.
    /// </summary>
    private static string Tasks(Entity entity, string title, EntityRecord record)
    {
        var name = Escape(title, lineStart: false);
        var groups = entity.Kind == EntityKind.Person
            ? new (string? Heading, ImmutableArray<OpenTask> Tasks, bool ShowOwner)[] { ($"{name} owes", record.Owes, false), ($"Owed to {name}", record.OwedTo, true) }
            : [(null, record.Owes.AddRange(record.OwedTo), true)];
        var lists = groups.Where(group => !group.Tasks.IsEmpty).Select(group =>
            (group.Heading is null ? string.Empty : $"### {group.Heading}\n") + string.Concat(group.Tasks.Select(task => TaskLine(task, group.ShowOwner) + "\n")));
        var body = string.Join("\n", lists);
        if (body.Length == 0)
        {
            return string.Empty;
        }

        var query = new StringBuilder("```tasks\nnot done\n");
        query.Append("description includes ").Append(MarkdownText.Flatten(entity.Name)).Append('\n');
        foreach (var folder in QueryExcludedFolders)
        {
            query.Append("path does not include ").Append(folder).Append('\n');
        }

        query.Append("sort by due\n```\n");
        return $"## {(entity.Kind == EntityKind.Person ? "Open tasks" : "Next steps")}\n{body}\n{query}";
    }

    /// <summary><c>- Owner: text — due 2025-10-03, high — [[note#^id|2025-09-30]]</c>, without a checkbox.</summary>
    private static string TaskLine(OpenTask task, bool showOwner)
    {
        var text = showOwner && task.Owner is { } owner && MarkdownText.Flatten(owner) is { Length: > 0 } name
            ? $"{Escape(name)}: {Escape(task.Text, lineStart: false)}"
            : Escape(task.Text);
        var details = new List<string>();
        if (task.Due is { } due)
        {
            details.Add("due " + Date(due));
        }

        if (task.Priority is { } priority)
        {
            details.Add(Words(priority));
        }

        var detail = details.Count == 0 ? string.Empty : $" — {string.Join(", ", details)}";
        return $"- {text}{detail} — {Link(task.Note, task.Id, Date(task.Date))}";
    }

    private static string StatusLine(MeetingLine meeting) =>
        $"{Escape(meeting.Summary)} ({Link(meeting.Note, null, Date(meeting.Date))})";

    private static string ContextLine(MeetingLine meeting)
    {
        var summary = meeting.Summary.Length == 0 ? string.Empty : ": " + Escape(meeting.Summary, lineStart: false);
        return $"- {Date(meeting.Date)} — {Link(meeting.Note, null, meeting.Title)}{summary}";
    }

    private static string List(string heading, IEnumerable<string> lines)
    {
        var items = string.Concat(lines.Select(line => line + "\n"));
        return items.Length == 0 ? string.Empty : $"## {heading}\n{items}";
    }

    /// <summary>
    /// <c>[[note#^anchor|shown]]</c>: the note's name made safe as <see cref="EntityLinks.Link"/> makes an entity's, an
    /// anchor only when it is a block id, the shown text without what would end the link.
    /// </summary>
    private static string Link(string note, string? anchor, string shown)
    {
        var block = anchor is { Length: > 0 } && anchor.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? "#^" + anchor : string.Empty;
        var alias = string.Concat(MarkdownText.Flatten(shown).Where(c => c is not ('[' or ']' or '|')));
        return $"[[{SafeName.For(note)}{block}|{(alias.Length > 0 ? alias : SafeName.For(note))}]]";
    }

    private static string Escape(string text, bool lineStart = true) => MarkdownText.Escape(MarkdownText.Flatten(text), lineStart);

    private static IEnumerable<string> Values(ImmutableArray<string> values) =>
        values.IsDefault ? [] : values.Select(MarkdownText.Flatten).Where(value => value.Length > 0).Distinct(StringComparer.Ordinal);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Kind(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Project => "project",
        EntityKind.Customer => "customer",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Words(Priority priority) => priority switch
    {
        Priority.Highest => "highest",
        Priority.High => "high",
        Priority.Medium => "medium",
        Priority.Low => "low",
        Priority.Lowest => "lowest",
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, null),
    };
}
