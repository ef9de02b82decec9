using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MimeKit;

namespace Distill.Core.Sources.Email;

/// <summary>People as text names them: "Name &lt;addr&gt;", a bare address, or a list of these.</summary>
internal static partial class MailboxText
{
    /// <summary>Every character <see cref="Invisible"/> or <see cref="Spaces"/> matches, except the plain space.</summary>
    private static readonly SearchValues<char> Untidy = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000"
        + "\uFEFF\uFFFC\u200B\u200C\u2060\u00AD");

    /// <summary>One person: "Lior Genzel &lt;lior@x.com&gt;", "Name (addr)", "addr", or a bare name; null when there is none.</summary>
    public static Mailbox? One(string text)
    {
        var cleaned = Tidy(text);
        var bracketed = Angled().Match(cleaned) is { Success: true } angled ? angled : Parenthesised().Match(cleaned);
        if (bracketed.Success)
        {
            return Create(bracketed.Groups["name"].Value, bracketed.Groups["address"].Value);
        }

        if (BareAddress().IsMatch(cleaned))
        {
            return Create(string.Empty, cleaned);
        }

        return PlainName().IsMatch(cleaned) ? new Mailbox(cleaned, null) : null;
    }

    /// <summary>
    /// A To or Cc value as Outlook ("A &lt;a@x&gt;; B &lt;b@y&gt;") or Gmail ("A &lt;a@x&gt;, B &lt;b@y&gt;")
    /// quotes it. Commas are left to MimeKit's address parser, which knows a comma inside quotes from one
    /// between people; semicolons, which it rejects, separate the pieces first.
    /// </summary>
    public static ImmutableArray<Mailbox> List(string text)
    {
        var people = ImmutableArray.CreateBuilder<Mailbox>();
        foreach (var piece in Tidy(text).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (InternetAddressList.TryParse(ParserOptions.Default, piece, out var parsed) && parsed.Mailboxes.Any())
            {
                people.AddRange(parsed.Mailboxes.Select(mailbox => Create(mailbox.Name ?? string.Empty, mailbox.Address)));
            }
            else if (One(piece) is { } person)
            {
                people.Add(person);
            }
        }

        return people.ToImmutable();
    }

    /// <summary>A mailbox whose name is blank or repeats the address is named by the address.</summary>
    public static Mailbox Create(string name, string? address)
    {
        var tidyName = Tidy(name).Trim('"', '\'', ' ');
        var tidyAddress = string.IsNullOrWhiteSpace(address) ? null : Tidy(address);
        return tidyName.Length == 0 || string.Equals(tidyName, tidyAddress, StringComparison.OrdinalIgnoreCase)
            ? new Mailbox(tidyAddress ?? string.Empty, tidyAddress)
            : new Mailbox(tidyName, tidyAddress);
    }

    /// <summary>
    /// The same people once each, in order of first appearance; where one person appears both with a full
    /// name and without ("lior.genzel &lt;lior.genzel@x.com&gt;"), the full name is kept.
    /// </summary>
    public static ImmutableArray<Mailbox> Distinct(IEnumerable<Mailbox> people)
    {
        var order = new List<string>();
        var byKey = new Dictionary<string, Mailbox>(StringComparer.Ordinal);
        foreach (var person in people.Where(person => person.Name.Length > 0))
        {
            if (!byKey.TryGetValue(person.Key, out var seen))
            {
                order.Add(person.Key);
                byKey[person.Key] = person;
            }
            else if (!seen.HasFullName && person.HasFullName)
            {
                byKey[person.Key] = person;
            }
        }

        return [.. order.Select(key => byKey[key])];
    }

    /// <summary>Spaces of every kind as one plain space, and the invisible characters Apple Mail leaves (BOM, U+FFFC, zero-width) gone.</summary>
    /// <remarks>Most lines hold none of them: those are only trimmed, which keeps a long thread's quoted history quick to read.</remarks>
    public static string Tidy(string text) =>
        text.AsSpan().IndexOfAny(Untidy) < 0 && !text.Contains("  ", StringComparison.Ordinal)
            ? text.Trim()
            : Spaces().Replace(Invisible().Replace(text, string.Empty), " ").Trim();

    [GeneratedRegex(@"^(?<name>[^<>]*?)\s*<(?<address>[^<>()\s]+@[^<>()\s]+)>$")]
    private static partial Regex Angled();

    /// <summary>"Mordechai Blaunstein (m@x.com)", as some clients write the author of an "On … wrote:" line.</summary>
    [GeneratedRegex(@"^(?<name>[^<>()]*?)\s*\((?<address>[^<>()\s]+@[^<>()\s]+)\)$")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^[^<>()\s@]+@[^<>()\s@]+\.[^<>()\s@]+$")]
    private static partial Regex BareAddress();

    /// <summary>Words of letters, with the dots, hyphens and apostrophes names have; nothing a sentence would.</summary>
    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}.'’-]*(?: \p{L}[\p{L}\p{M}.'’-]*){0,4}$")]
    private static partial Regex PlainName();

    [GeneratedRegex(@"[\uFEFF\uFFFC\u200B\u200C\u2060\u00AD]")]
    private static partial Regex Invisible();

    [GeneratedRegex(@"[\s\u00A0\u202F\u2007\u2028\u2029]+")]
    private static partial Regex Spaces();
}
