using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Email;

/// <summary>
/// A message's text cut into the paragraphs a note shows and evidence links to: blank lines part them, and so do
/// the headings of quoted messages, a sign-off ("Thanks,", "Best regards, Olivia", the author's name alone) and a
/// signature delimiter ("--"). A paragraph is <see cref="Segment.Quoted"/> — kept, never extracted from — when it
/// is not someone's own words to the reader: a quoted message's heading; a quoted paragraph an earlier message of
/// the export already holds; a signature (what follows a sign-off, until the next quoted message); or
/// <see cref="Boilerplate"/>. A quoted message the export holds nowhere else is the only copy of what its author
/// wrote: its paragraphs are read, spoken by that author.
/// </summary>
internal static partial class MessageText
{
    /// <summary>The fewest characters a quoted paragraph's wording needs before it is looked for inside an earlier line: "thanks" is everywhere.</summary>
    private const int MinQuotedPart = 24;

    /// <summary>The message's paragraphs as segments.</summary>
    /// <param name="lines">The body, one text line per entry, quote markers taken off.</param>
    /// <param name="fileLines">The 1-based line of the file each text line is on.</param>
    /// <param name="sender">Who sent the message: the speaker of its own paragraphs.</param>
    /// <param name="earlier">The wording of the thread's earlier messages (<see cref="Wording"/>); this message's is added.</param>
    public static ImmutableArray<Segment> Paragraphs(IReadOnlyList<string> lines, IReadOnlyList<int> fileLines, Mailbox sender, ISet<string> earlier)
    {
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var author = sender;
        var inHistory = false;
        var inSignature = false;
        int? open = null;

        void Close(int end)
        {
            if (open is { } start)
            {
                var text = string.Join('\n', Enumerable.Range(start, end - start).Select(i => lines[i]));
                var quoted = inSignature || Boilerplate.Holds(text) || (inHistory && Repeats(text, earlier));
                segments.Add(new Segment(null, null, SpeakerName(author), text, fileLines[start]) { Quoted = quoted });
                open = null;
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (IsBlank(lines[i]))
            {
                Close(i);
                continue;
            }

            if (QuotedHistory.Heading(lines, i) is { } heading)
            {
                Close(i);
                author = heading.Author ?? author;
                var text = string.Join('\n', Enumerable.Range(i, heading.Lines).Select(at => lines[at]));
                segments.Add(new Segment(null, null, SpeakerName(author), text, fileLines[i]) { Quoted = true });
                (inHistory, inSignature) = (true, false);
                i += heading.Lines - 1;
                continue;
            }

            if (!inSignature && SignsOff(lines[i], author))
            {
                Close(i);
                inSignature = true;
            }

            open ??= i;
        }

        Close(lines.Count);
        earlier.UnionWith(lines.SelectMany(Wording));
        return segments.ToImmutable();
    }

    /// <summary>The lines before the first quoted message's heading: what the sender wrote.</summary>
    public static IEnumerable<string> Own(IReadOnlyList<string> lines) =>
        lines.Take(Enumerable.Range(0, lines.Count).FirstOrDefault(i => QuotedHistory.Heading(lines, i) is not null, lines.Count));

    /// <summary>A line's pieces (U+2028 parts) as repeats are compared: lower-case words, nothing else, empty ones left out.</summary>
    internal static IEnumerable<string> Wording(string line) =>
        line.Split('\u2028').Select(Words).Where(words => words.Length > 0);

    /// <summary>
    /// A quoted paragraph an earlier message holds: every line of it as a line there or, long enough to be told apart,
    /// inside one; or all of it inside one line there. A reply quotes one sentence of a line ("Legal has finished its
    /// review of the pilot contract." out of "Legal has finished its review of the pilot contract. Two changes: …"), or
    /// rewraps it ("Legal has finished its review / of the pilot contract.").
    /// </summary>
    private static bool Repeats(string paragraph, ISet<string> earlier)
    {
        var pieces = paragraph.Split('\n').SelectMany(Wording).ToList();
        return pieces.Count > 0
               && (pieces.All(piece => earlier.Contains(piece) || Inside(piece, earlier)) || Inside(string.Join(' ', pieces), earlier));
    }

    private static bool Inside(string wording, ISet<string> earlier) =>
        wording.Length >= MinQuotedPart && earlier.Any(line => line.Contains(wording, StringComparison.Ordinal));

    private static string? SpeakerName(Mailbox author) => author.Name.Length > 0 ? author.Name : null;

    /// <summary>Spaces, invisible characters and combining marks only, as mail programs pad blank lines ("\u00A0", "\uFFFC", "\u034F").</summary>
    private static bool IsBlank(string line) =>
        MailboxText.Tidy(line).All(c => char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark);

    /// <summary>
    /// A line that ends the author's message and starts the signature: a delimiter ("--"), a closing phrase alone or
    /// with a name ("Best regards, Olivia"), or the author's name or initials alone ("Lior", "-JV", "-g").
    /// </summary>
    private static bool SignsOff(string line, Mailbox author)
    {
        var first = MailboxText.Tidy(line.Split('\u2028').FirstOrDefault(part => !IsBlank(part)) ?? string.Empty);
        if (Delimiter().IsMatch(first) || Closing().IsMatch(first))
        {
            return true;
        }

        var name = first.TrimStart('-', '–', '—', '~', ' ').TrimEnd('.', ',', '!', ' ');
        return name.Length > 0 && name.Split(' ').Length <= 3 && NamesOf(author).Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>How an author signs: full name, first name, last name, initials, first initial.</summary>
    private static IEnumerable<string> NamesOf(Mailbox author)
    {
        var words = author.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || author.Name.Contains('@', StringComparison.Ordinal))
        {
            return [];
        }

        return [author.Name, words[0], words[^1], string.Concat(words.Select(word => word[0])), words[0][..1]];
    }

    private static string Words(string text)
    {
        var words = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                words.Append(c);
            }
            else if (words.Length > 0 && words[^1] != ' ')
            {
                words.Append(' ');
            }
        }

        return words.ToString().TrimEnd();
    }

    [GeneratedRegex(@"^-{2,3}$")]
    private static partial Regex Delimiter();

    /// <summary>A closing phrase alone on its line, or followed by a comma and a capitalised name ("Thanks, Sushant").</summary>
    [GeneratedRegex(
        @"^(?:thanks|thank you|thanks again|many thanks|thx|regards|best regards|kind regards|warm regards|warmest regards|best|all the best|best wishes|cheers|sincerely|talk soon|br|rgds)"
        + @"\s*[,.!]*(?:\s*(?-i:\p{Lu}[\p{L}.'’-]*)(?:\s+(?-i:\p{Lu}[\p{L}.'’-]*)){0,2}\.?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closing();
}
