using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Email;

/// <summary>
/// The people a message's quoted history names. A reply quotes the messages before it under header blocks
/// that mail programs write as text — Outlook's "From: … Sent: … To: … Cc:", often on one line joined by
/// U+2028; Gmail's forwarded "From: … Date: … Subject: … To:" — and under "On &lt;date&gt; &lt;name&gt; wrote:"
/// lines. Read by hand: these are body text, not MIME headers, and no library parses them.
/// </summary>
internal static partial class QuotedHistory
{
    private static readonly char[] QuoteMarks = ['>', ' ', '\t', '\u00A0'];

    public static ImmutableArray<Mailbox> People(IEnumerable<string> bodyLines)
    {
        var lines = bodyLines.SelectMany(line => line.Split('\u2028')).Select(Unquoted).ToList();
        var people = new List<Mailbox>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Wrote().Match(lines[i]) is { Success: true } wrote && Author(wrote.Groups["rest"].Value) is { } author)
            {
                people.Add(author);
                continue;
            }

            var block = HeaderBlock(lines, i);
            if (block.Count > 0)
            {
                people.AddRange(block.People);
                i += block.Count - 1;
            }
        }

        return MailboxText.Distinct(people);
    }

    /// <summary>The run of header lines starting at <paramref name="start"/>: From first, and a Sent or Date among them, or it is not a quoted header.</summary>
    private static (int Count, IEnumerable<Mailbox> People) HeaderBlock(List<string> lines, int start)
    {
        var fields = new List<(string Name, string Value)>();
        for (var i = start; i < lines.Count && Field().Match(lines[i]) is { Success: true } field; i++)
        {
            var name = field.Groups["name"].Value.ToUpperInvariant();
            if (name == "FROM" && fields.Count > 0)
            {
                break;
            }

            fields.Add((name, field.Groups["value"].Value));
        }

        if (fields is not [("FROM", _), ..] || !fields.Any(field => field.Name is "SENT" or "DATE"))
        {
            return (0, []);
        }

        var people = fields.SelectMany(field => field.Name switch
        {
            "FROM" => MailboxText.One(field.Value) is { } sender ? [sender] : [],
            "TO" or "CC" or "BCC" => MailboxText.List(field.Value),
            _ => ImmutableArray<Mailbox>.Empty,
        });
        return (fields.Count, people);
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

    /// <summary>A line as it reads without deeper quote levels, bold markers or leading spaces.</summary>
    private static string Unquoted(string line) => MailboxText.Tidy(line.TrimStart(QuoteMarks)).Replace("**", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"^On\s+(?<rest>.+?)\s*wrote:\s*$")]
    private static partial Regex Wrote();

    [GeneratedRegex(@"^(?<name>From|Sent|Date|To|Cc|Bcc|Subject|Reply-To)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    [GeneratedRegex(@"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?,?\s+")]
    private static partial Regex Time();

}
