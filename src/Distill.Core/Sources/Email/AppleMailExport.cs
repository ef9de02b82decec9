using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Email;

/// <summary>
/// A thread as the old pipeline's Apple Mail script exported it: "# subject", "- Exported:", "- Messages: N",
/// "---", then per message, oldest first, "## 2025-12-11 17:39:08 — Name &lt;addr&gt;", "**Subject:** …" and
/// the body quoted with "&gt; ", each message closed by "---". Parsed by hand: the layout is that script's
/// own, and no library reads it.
/// </summary>
internal static partial class AppleMailExport
{
    public const string FormatName = "apple-mail-export";

    /// <summary>How far into the file the first message heading must be: the preamble is five lines.</summary>
    private const int HeadingSearchLines = 40;

    /// <summary>A message heading followed by its subject line, or under the export's preamble.</summary>
    public static bool Recognizes(IReadOnlyList<string> lines)
    {
        var head = lines.Take(HeadingSearchLines).ToList();
        var preamble = head.Take(10).Any(line => Preamble().IsMatch(line));
        return head.Select((line, index) => (line, index)).Any(pair =>
            Heading().IsMatch(pair.line)
            && (preamble || (pair.index + 1 < head.Count && SubjectField().IsMatch(head[pair.index + 1]))));
    }

    /// <summary>The export as an email source dated by its newest message, or the reason it cannot be one.</summary>
    /// <param name="path">The file as it was given.</param>
    /// <param name="text">The file's decoded text, which evidence quotes are checked against.</param>
    /// <param name="lines">That text cut into lines.</param>
    /// <param name="warnings">What was skipped or guessed so far; the export's own warnings are added.</param>
    public static ReadResult Read(string path, string text, IReadOnlyList<string> lines, List<string> warnings)
    {
        var (thread, segments) = Parse(lines, warnings);
        if (thread is null)
        {
            return new ReadResult.Rejected(new Problem(path, "an Apple Mail export without a message that could be read"));
        }

        var newest = thread.Messages.Max(message => message.Date);
        var source = new Source(
            path,
            SourceKind.Email,
            FormatName,
            ContentIdentity.Of(lines),
            DateOnly.FromDateTime(newest.DateTime),
            DateOrigin.Content,
            null,
            SubjectLine.WithoutPrefixes(thread.Subject),
            segments,
            [],
            [.. warnings]) { Raw = text, Email = thread };
        return new ReadResult.Read(source);
    }

    /// <summary>
    /// The messages, a segment per paragraph (<see cref="MessageText"/>); a message heading whose date cannot be a date
    /// is read as body text, with a warning.
    /// </summary>
    internal static (EmailThread? Thread, ImmutableArray<Segment> Segments) Parse(IReadOnlyList<string> lines, ICollection<string> warnings)
    {
        var starts = new List<(int Index, DateTimeOffset Date, Mailbox Sender)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Heading().Match(lines[i]) is not { Success: true } heading)
            {
                continue;
            }

            if (!DateTime.TryParseExact(heading.Groups["date"].Value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var sent))
            {
                warnings.Add($"line {i + 1}: \"{heading.Groups["date"].Value}\" is not a date; the heading is read as text");
                continue;
            }

            var sender = MailboxText.One(heading.Groups["from"].Value) ?? MailboxText.Create(heading.Groups["from"].Value, null);
            starts.Add((i, new DateTimeOffset(sent, TimeSpan.Zero), sender));
        }

        if (starts.Count == 0)
        {
            return (null, []);
        }

        var messages = ImmutableArray.CreateBuilder<EmailMessage>();
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var automated = new List<bool>();
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        for (var m = 0; m < starts.Count; m++)
        {
            var (index, date, sender) = starts[m];
            var end = m + 1 < starts.Count ? starts[m + 1].Index : lines.Count;
            var bodyStart = index + 1;
            var subject = string.Empty;
            if (bodyStart < end && SubjectField().Match(lines[bodyStart]) is { Success: true } field)
            {
                subject = MailboxText.Tidy(field.Groups["subject"].Value);
                bodyStart++;
            }

            var (body, firstLine) = Body(lines, bodyStart, end);
            var paragraphs = MessageText.Paragraphs(body, [.. Enumerable.Range(firstLine, body.Length)], sender, earlier);
            messages.Add(new EmailMessage(date, sender, subject, [], QuotedHistory.People(body), paragraphs.IsEmpty ? firstLine : paragraphs[0].Line));
            segments.AddRange(paragraphs);
            automated.Add(Notification.IsAutomated(sender, subject, MessageText.Own(body)));
        }

        Count(lines, starts.Count, warnings);
        var first = messages.Aggregate((oldest, next) => next.Date < oldest.Date ? next : oldest);
        var title = lines.Take(starts[0].Index).Select(line => Title().Match(line)).FirstOrDefault(match => match.Success)?.Groups["title"].Value;
        var subjectLine = MailboxText.Tidy(title ?? messages[^1].Subject);
        var thread = new EmailThread(
            subjectLine,
            SubjectLine.Normalise(first.Subject.Length > 0 ? first.Subject : subjectLine),
            first.Date,
            first.Sender,
            messages.ToImmutable(),
            MailboxText.Distinct(messages.SelectMany(message => message.Quoted.Prepend(message.Sender))))
        {
            Automated = automated.All(isAutomated => isAutomated),
        };
        return (thread, segments.ToImmutable());
    }

    /// <summary>
    /// The body between a heading and the next, quote markers taken off, one text line per file line so that a
    /// quote's line in the file is the segment's line plus the line breaks before it. The closing "---" and the
    /// blank lines around the body are not part of it.
    /// </summary>
    private static (ImmutableArray<string> Lines, int FirstLine) Body(IReadOnlyList<string> lines, int start, int end)
    {
        while (end > start && (string.IsNullOrWhiteSpace(lines[end - 1]) || lines[end - 1].Trim() == "---"))
        {
            end--;
        }

        while (start < end && string.IsNullOrWhiteSpace(Unquoted(lines[start])))
        {
            start++;
        }

        return ([.. Enumerable.Range(start, end - start).Select(i => Unquoted(lines[i]))], start + 1);
    }

    /// <summary>"&gt; text" → "text"; a line the export did not quote (a line break inside a quoted line) stays as it is.</summary>
    private static string Unquoted(string line) =>
        line.StartsWith("> ", StringComparison.Ordinal) ? line[2..] : line == ">" ? string.Empty : line;

    private static void Count(IReadOnlyList<string> lines, int read, ICollection<string> warnings)
    {
        var declared = lines.Take(10).Select(line => Declared().Match(line)).FirstOrDefault(match => match.Success);
        if (declared is not null
            && int.TryParse(declared.Groups["count"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count != read)
        {
            warnings.Add($"the export says {count} messages; {read} were read");
        }
    }

    [GeneratedRegex(@"^##\s+(?<date>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\s+[—–-]\s+(?<from>\S.*?)\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\*\*Subject:\*\*\s?(?<subject>.*)$")]
    private static partial Regex SubjectField();

    [GeneratedRegex(@"^- (?:Exported|Messages):")]
    private static partial Regex Preamble();

    [GeneratedRegex(@"^- Messages:\s*(?<count>\d+)\s*$")]
    private static partial Regex Declared();

    [GeneratedRegex(@"^#\s+(?<title>\S.*?)\s*$")]
    private static partial Regex Title();
}
