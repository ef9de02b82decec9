using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Email;

/// <summary>
/// A message's quoted history: the messages before it, which a reply quotes under headings that mail programs
/// write as text — Outlook's "From: … Sent: … To: … Cc:", often on one line joined by U+2028; Gmail's forwarded
/// "---------- Forwarded message ---------" and "From: … Date: … Subject: … To:"; "On &lt;date&gt; &lt;name&gt;
/// wrote:" lines. Read by hand: these are body text, not MIME headers, and no library parses them.
/// </summary>
internal static partial class QuotedHistory
{
    private static readonly char[] QuoteMarks = ['>', ' ', '\t', '\u00A0'];

    /// <summary>Everyone the headings of a body's quoted history name: senders, recipients and the authors of "On … wrote:" lines.</summary>
    public static ImmutableArray<Mailbox> People(IReadOnlyList<string> bodyLines)
    {
        var people = new List<Mailbox>();
        for (var i = 0; i < bodyLines.Count; i++)
        {
            if (Heading(bodyLines, i) is { } heading)
            {
                people.AddRange(heading.People);
                i += heading.Lines - 1;
            }
        }

        return MailboxText.Distinct(people);
    }

    /// <summary>
    /// The heading of a quoted message that starts on body line <paramref name="start"/>, or null when none does: an
    /// "On … wrote:" line (Gmail wraps a long one onto a second line), a forwarding marker with the header block under
    /// it, or a header block — From first, and a Sent, Date or When among its fields.
    /// </summary>
    public static QuotedHeading? Heading(IReadOnlyList<string> bodyLines, int start)
    {
        var first = Parts(bodyLines[start]);
        if (first.Select(part => Wrote().Match(part)).FirstOrDefault(match => match.Success) is { } wrote)
        {
            return Attributed(1, wrote.Groups["rest"].Value);
        }

        if (start + 1 < bodyLines.Count && first is [var opening] && OpensWrote().IsMatch(opening)
            && Parts(bodyLines[start + 1]) is [var closing] && ClosesWrote().Match(closing) is { Success: true } closed)
        {
            return Attributed(2, $"{opening[2..].Trim()} {closed.Groups["rest"].Value}");
        }

        var forwarded = first is [var only] && Forwarded().IsMatch(only) ? 1 : 0;
        var block = HeaderBlock(bodyLines, start + forwarded);
        return block is { } found
            ? new QuotedHeading(forwarded + found.Lines, found.Author, found.People)
            : forwarded > 0 ? new QuotedHeading(1, null, []) : null;
    }

    private static QuotedHeading Attributed(int lines, string dateAndAuthor) =>
        Author(dateAndAuthor) is { } author ? new QuotedHeading(lines, author, [author]) : new QuotedHeading(lines, null, []);

    /// <summary>
    /// The header block that starts on body line <paramref name="start"/>: its fields may share a line, joined by
    /// U+2028, or take a line each. Null unless From comes first and a Sent, Date or When follows.
    /// </summary>
    private static (int Lines, Mailbox? Author, ImmutableArray<Mailbox> People)? HeaderBlock(IReadOnlyList<string> bodyLines, int start)
    {
        var fields = new List<(string Name, string Value)>();
        var lines = 0;
        for (var i = start; i < bodyLines.Count; i++)
        {
            // The first line may hold text before the block ("Thanks,<LS>Dana<LS>From: …"): the block starts at its From.
            var parts = Parts(bodyLines[i]).Where(part => part.Length > 0)
                .SkipWhile(part => i == start && !part.StartsWith("From", StringComparison.OrdinalIgnoreCase)).ToList();
            var read = parts.Select(part => Field().Match(part)).TakeWhile(match => match.Success).ToList();
            if (read.Count == 0 || (fields.Count > 0 && read[0].Groups["name"].Value.Equals("From", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            fields.AddRange(read.Select(match => (match.Groups["name"].Value.ToUpperInvariant(), match.Groups["value"].Value)));
            lines = i - start + 1;
            if (read.Count < parts.Count)
            {
                break;
            }
        }

        if (fields is not [("FROM", var from), ..] || !fields.Any(field => field.Name is "SENT" or "DATE" or "WHEN"))
        {
            return null;
        }

        var people = fields.SelectMany(field => field.Name switch
        {
            "FROM" => MailboxText.One(field.Value) is { } sender ? [sender] : [],
            "TO" or "CC" or "BCC" => MailboxText.List(field.Value),
            _ => ImmutableArray<Mailbox>.Empty,
        });
        return (lines, MailboxText.One(from), [.. people]);
    }

    /// <summary>"Thu, Dec 11, 2025 at 4:33 PM Sushant Rewaskar &lt;s@x.com&gt;": the person after the time, else after the last comma.</summary>
    private static Mailbox? Author(string dateAndAuthor)
    {
        var text = MailboxText.Tidy(dateAndAuthor);
        var times = Time().Matches(text);
        var author = times.Count > 0
            ? text[(times[^1].Index + times[^1].Length)..]
            : text[(text.LastIndexOf(", ", StringComparison.Ordinal) + 1)..];
        return MailboxText.One(author);
    }

    /// <summary>A body line's parts as they read: split at U+2028, without deeper quote levels, bold markers or leading spaces.</summary>
    private static List<string> Parts(string line) =>
        [.. line.Split('\u2028').Select(part => MailboxText.Tidy(part.TrimStart(QuoteMarks)).Replace("**", string.Empty, StringComparison.Ordinal))];

    [GeneratedRegex(@"^On\s+(?<rest>.+?)\s*wrote:\s*$")]
    private static partial Regex Wrote();

    [GeneratedRegex(@"^On\s+\S.*\d")]
    private static partial Regex OpensWrote();

    [GeneratedRegex(@"^(?<rest>\S.*?)\s*wrote:\s*$")]
    private static partial Regex ClosesWrote();

    [GeneratedRegex(@"^(?:-{3,}\s*(?:Forwarded message|Original Message)\s*-{3,}|Begin forwarded message:)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Forwarded();

    [GeneratedRegex(@"^(?<name>From|Sent|Date|When|To|Cc|Bcc|Subject|Reply-To|Location)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    [GeneratedRegex(@"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?,?\s+")]
    private static partial Regex Time();
}
