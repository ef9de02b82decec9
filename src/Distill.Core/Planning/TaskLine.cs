using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Distill.Core.Extraction;

namespace Distill.Core.Planning;

/// <summary>
/// The one task line Distill writes (DESIGN "Formats we write"):
/// <c>- [?] text [[#^t1030|~17:10]] @[[Owner]] 📅 2025-10-03 ⏫ 🆔 k3f9a2 #task #proposed ^k3f9a2</c>. The text, evidence
/// and owner come first; the fields the Tasks plugin reads off the end of the line come last, the block id (the task's
/// id again) at the very end.
/// </summary>
/// <param name="Status">'?' proposed, ' ' open, '/' in progress, 'x' done, '-' cancelled.</param>
/// <param name="Text">Markdown, already escaped (<see cref="MarkdownText"/>) and with its links.</param>
/// <param name="Links">Evidence links, markdown.</param>
/// <param name="Owner">The owner as markdown (<c>@[[Name]]</c>, <c>@Myself</c>), or null when unknown.</param>
/// <param name="Due">📅, the day it is due.</param>
/// <param name="Priority">Its symbol; none for normal.</param>
/// <param name="Id">🆔 and the block id: stable, from the task's content (<see cref="TaskId"/>).</param>
/// <param name="Tags">Without '#'.</param>
internal sealed partial record TaskLine(
    char Status,
    string Text,
    ImmutableArray<string> Links,
    string? Owner,
    DateOnly? Due,
    Priority? Priority,
    string Id,
    ImmutableArray<string> Tags)
{
    /// <summary>JavaScript's white space (its <c>\s</c> and <c>trim()</c>), which the plugin's expressions use; .NET's differs.</summary>
    private const string Space = @"[\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]";

    private const string Date = "(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})";

    /// <summary>The plugin's guard against an endless loop; a line with more fields than this is read only so far, by it too.</summary>
    private const int MaxRuns = 20;

    /// <summary>
    /// Every symbol that makes the plugin read a field. In the task's own text they are written as character references,
    /// which Obsidian shows as the same emoji, so that no text can end in something the plugin would take away from it.
    /// </summary>
    private static readonly string[] FieldSymbols =
        ["🔺", "⏫", "🔼", "🔽", "⏬", "🛫", "➕", "⏳", "⌛", "📅", "📆", "🗓", "⏰", "✅", "❌", "🔁", "⛔", "🆔"];

    private static readonly char[] JsSpaces =
        ['\t', '\n', '\v', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
         '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF'];

    /// <summary>Text, evidence and owner: what the plugin reads as the description, before the tags it adds back.</summary>
    public string Description
    {
        get
        {
            var parts = new List<string> { Neutralise(Text) };
            parts.AddRange(Links);
            parts.Add(Neutralise(Owner ?? string.Empty));
            return string.Join(' ', parts.Where(part => part.Length > 0));
        }
    }

    public string Render()
    {
        var parts = new List<string> { $"- [{Status}]", Description };
        if (Due is { } due)
        {
            parts.Add("📅 " + due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (Priority is { } priority)
        {
            parts.Add(Symbol(priority));
        }

        parts.Add("🆔 " + Id);
        parts.AddRange(Tags.Select(tag => "#" + tag));
        parts.Add("^" + Id);
        return string.Join(' ', parts.Where(part => part.Length > 0));
    }

    /// <summary>
    /// Reads a line the way the Tasks plugin does (its <c>Task.fromLine</c> and <c>DefaultTaskSerializer.deserialize</c>):
    /// the block id off the end, then fields off the end, in any order, again and again until none is found; what is
    /// left is the description. Null when the line is not a task.
    /// </summary>
    public static ParsedTask? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);

        // Every task has a checkbox; most lines a note holds, the transcript's, have no '[' and skip the regex.
        var task = line.Contains('[', StringComparison.Ordinal) ? TaskPattern().Match(line) : Match.Empty;
        if (!task.Success)
        {
            return null;
        }

        var body = JsTrim(task.Groups["body"].Value);
        string? blockId = null;
        if (BlockLinkPattern().Match(body) is { Success: true } block)
        {
            blockId = block.Groups["id"].Value;
            body = JsTrim(body[..block.Index]);
        }

        var fields = ImmutableArray.CreateBuilder<string>();
        Priority? priority = null;
        DateOnly? due = null, done = null, cancelled = null;
        string? id = null;
        var trailingTags = string.Empty;
        bool matched;
        var runs = 0;
        do
        {
            matched = false;
            if (Take(PriorityPattern(), ref body, fields) is { } prioritySymbol)
            {
                priority = PriorityOf(prioritySymbol.Groups["symbol"].Value);
                matched = true;
            }

            if (Take(DonePattern(), ref body, fields) is { } doneDate)
            {
                done = DateOf(doneDate);
                matched = true;
            }

            if (Take(CancelledPattern(), ref body, fields) is { } cancelledDate)
            {
                cancelled = DateOf(cancelledDate);
                matched = true;
            }

            if (Take(DuePattern(), ref body, fields) is { } dueDate)
            {
                due = DateOf(dueDate);
                matched = true;
            }

            matched |= (Take(ReminderTimePattern(), ref body, fields) ?? Take(ReminderPattern(), ref body, fields)) is not null;
            matched |= Take(ScheduledPattern(), ref body, fields) is not null;
            matched |= Take(StartPattern(), ref body, fields) is not null;
            matched |= Take(CreatedPattern(), ref body, fields) is not null;
            matched |= Take(RecurrencePattern(), ref body, fields) is not null;

            if (TagPattern().Match(body) is { Success: true } tag)
            {
                var name = JsTrim(tag.Value);
                trailingTags = trailingTags.Length > 0 ? name + " " + trailingTags : name;
                body = JsTrim(body[..tag.Index]);
                matched = true;
            }

            if (Take(IdPattern(), ref body, fields) is { } idField)
            {
                id = JsTrim(idField.Groups["value"].Value);
                matched = true;
            }

            matched |= Take(DependsOnPattern(), ref body, fields) is not null;
            runs++;
        }
        while (matched && runs <= MaxRuns);

        var description = trailingTags.Length > 0 ? body + " " + trailingTags : body;
        ImmutableArray<string> tags = trailingTags.Length == 0 ? [] : [.. trailingTags.Split(' ').Select(name => name[1..])];
        return new ParsedTask(
            task.Groups["indent"].Value + task.Groups["marker"].Value,
            task.Groups["status"].Value,
            description,
            priority,
            due,
            done,
            cancelled,
            id,
            tags,
            blockId,
            fields.ToImmutable());
    }

    public static string Symbol(Priority priority) => priority switch
    {
        Extraction.Priority.Highest => "🔺",
        Extraction.Priority.High => "⏫",
        Extraction.Priority.Medium => "🔼",
        Extraction.Priority.Low => "🔽",
        Extraction.Priority.Lowest => "⏬",
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, null),
    };

    private static Priority PriorityOf(string symbol) =>
        Enum.GetValues<Priority>().First(priority => Symbol(priority) == symbol);

    /// <summary>
    /// Markdown with every field symbol written as a character reference, except inside wikilinks, whose targets must
    /// stay as they are (a link ends in "]]", which the plugin never reads as a field).
    /// </summary>
    private static string Neutralise(string markdown)
    {
        var builder = new StringBuilder(markdown.Length);
        var i = 0;
        while (i < markdown.Length)
        {
            var link = markdown.AsSpan(i).StartsWith("[[") ? markdown.IndexOf("]]", i + 2, StringComparison.Ordinal) : -1;
            var symbol = link < 0 ? Array.Find(FieldSymbols, candidate => markdown.AsSpan(i).StartsWith(candidate)) : null;
            var length = link >= 0 ? link + 2 - i : symbol?.Length ?? (markdown[i] == '\\' && i + 1 < markdown.Length ? 2 : 1);
            builder.Append(symbol is null ? markdown.AsSpan(i, length) : $"&#x{char.ConvertToUtf32(symbol, 0):X};");
            i += length;
        }

        return builder.ToString();
    }

    /// <summary>Removes a field matched at the end of <paramref name="body"/>, as the plugin does, and keeps it.</summary>
    private static Match? Take(Regex pattern, ref string body, ImmutableArray<string>.Builder fields)
    {
        var match = pattern.Match(body);
        if (!match.Success)
        {
            return null;
        }

        fields.Add(match.Value);
        body = JsTrim(body[..match.Index]);
        return match;
    }

    private static DateOnly? DateOf(Match field) =>
        DateOnly.TryParseExact(field.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string JsTrim(string text) => text.Trim(JsSpaces);

    // The plugin's taskRegex: indentation, list marker, one or more spaces, a checkbox holding one character, the rest of the line.
    [GeneratedRegex(@"^(?<indent>(?:" + Space + @"|>)*)(?<marker>[-*+]|[0-9]+\.) +\[(?<status>[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\n\r\u2028\u2029])\] *(?<body>[^\n\r\u2028\u2029]*)")]
    private static partial Regex TaskPattern();

    [GeneratedRegex(@" \^(?<id>[a-zA-Z0-9-]+)\z")]
    private static partial Regex BlockLinkPattern();

    [GeneratedRegex(@"(?<symbol>🔺|⏫|🔼|🔽|⏬)\uFE0F?\z")]
    private static partial Regex PriorityPattern();

    [GeneratedRegex(@"✅ *" + Date + @"\z")]
    private static partial Regex DonePattern();

    [GeneratedRegex(@"❌ *" + Date + @"\z")]
    private static partial Regex CancelledPattern();

    [GeneratedRegex(@"(?:📅|📆|🗓) *" + Date + @"\z")]
    private static partial Regex DuePattern();

    [GeneratedRegex(@"⏰ *([0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2})\z")]
    private static partial Regex ReminderTimePattern();

    [GeneratedRegex(@"⏰ *" + Date + @"\z")]
    private static partial Regex ReminderPattern();

    [GeneratedRegex(@"(?:⏳|⌛) *" + Date + @"\z")]
    private static partial Regex ScheduledPattern();

    [GeneratedRegex(@"🛫 *" + Date + @"\z")]
    private static partial Regex StartPattern();

    [GeneratedRegex(@"➕ *" + Date + @"\z")]
    private static partial Regex CreatedPattern();

    [GeneratedRegex(@"🔁 ?([a-zA-Z0-9, !]+)\z", RegexOptions.IgnoreCase)]
    private static partial Regex RecurrencePattern();

    // The plugin's hashTags: a '#' at the start or after white space, then anything but these characters.
    [GeneratedRegex(@"(?:^|" + Space + @")#[^ !@#$%^&*(),.?"":{}|<>]+\z")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"🆔 *(?<value>[a-zA-Z0-9_-]+)\z", RegexOptions.IgnoreCase)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"⛔\uFE0F? *([a-zA-Z0-9_-]+( *, *[a-zA-Z0-9_-]+ *)*)\z", RegexOptions.IgnoreCase)]
    private static partial Regex DependsOnPattern();
}
