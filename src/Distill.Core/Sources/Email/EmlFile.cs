using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using MimeKit.Text;

namespace Distill.Core.Sources.Email;

/// <summary>
/// One RFC 5322 message (.eml) read by MimeKit: headers, RFC 2047 words, charsets, transfer encodings and
/// multipart structure are all MimeKit's. The text is the plain part (else the HTML part as text), and
/// attachments are named at its end, never inlined.
/// </summary>
internal static partial class EmlFile
{
    public const string FormatName = "eml";

    /// <summary>How much of a file without the .eml extension is looked at for a message's header block.</summary>
    private const int SniffBytes = 4096;

    static EmlFile() =>
        // MimeKit decodes ISO-2022-JP, Windows and other legacy charsets through the platform's code page tables.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>An .eml file, or a file that starts with a message's header block (Received or MIME-Version, or From and Date).</summary>
    public static bool Recognizes(string path, byte[] bytes)
    {
        if (Path.GetExtension(path).Equals(".eml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, SniffBytes));
        var headerBlock = head.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n")[0];
        return FirstHeader().IsMatch(headerBlock)
               && (MailHeader().IsMatch(headerBlock) || (FromHeader().IsMatch(headerBlock) && DateHeader().IsMatch(headerBlock)));
    }

    public static ReadResult Read(string path, byte[] bytes, DateOnly fileDate)
    {
        var bodyLines = new Dictionary<MimeEntity, int>(ReferenceEqualityComparer.Instance);
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var parser = new MimeParser(ParserOptions.Default, stream, persistent: false);
            parser.MimeEntityEnd += (_, ended) => bodyLines[ended.Entity] = LineAfter(bytes, ended.HeadersEndOffset);
            message = parser.ParseMessage();
        }
        catch (FormatException error)
        {
            return new ReadResult.Rejected(new Problem(path, $"not an email MimeKit can read ({error.Message.TrimEnd('.')})"));
        }

        var warnings = new List<string>();
        var (lines, fileLines) = BodyLines(message, bodyLines);
        if (lines.Count == 0)
        {
            return new ReadResult.Rejected(new Problem(path, "the email has no text and no attachment"));
        }

        var text = string.Join('\n', lines);

        var sender = message.From.Mailboxes.Concat(message.Sender is { } on ? [on] : []).FirstOrDefault() is { } from
            ? MailboxText.Create(from.Name ?? string.Empty, from.Address)
            : new Mailbox(string.Empty, null);
        if (sender.Name.Length == 0)
        {
            warnings.Add("no sender (From header)");
        }

        var fileName = FileName.Parse(path);
        var (date, origin) = message.Date != DateTimeOffset.MinValue
            ? (message.Date, DateOrigin.Content)
            : fileName.Date is { } named
                ? (new DateTimeOffset(named.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), DateOrigin.FileName)
                : (new DateTimeOffset(fileDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), DateOrigin.FileTime);
        if (origin != DateOrigin.Content)
        {
            warnings.Add("no Date header; dated by the file");
        }

        var recipients = MailboxText.Distinct(message.To.Mailboxes.Concat(message.Cc.Mailboxes)
            .Select(mailbox => MailboxText.Create(mailbox.Name ?? string.Empty, mailbox.Address)));
        var subject = MailboxText.Tidy(message.Subject ?? string.Empty);
        var quoted = QuotedHistory.People(lines);
        var segments = MessageText.Paragraphs(lines, fileLines, sender, new HashSet<string>(StringComparer.Ordinal));
        var email = new EmailMessage(date, sender, subject, recipients, quoted, segments[0].Line);
        var thread = new EmailThread(
            subject,
            SubjectLine.Normalise(subject),
            date,
            sender,
            [email],
            MailboxText.Distinct(recipients.Prepend(sender).Concat(quoted)))
        {
            Automated = Notification.IsAutomated(sender, subject, MessageText.Own(lines)) || SentByMachine(message),
        };
        var title = SubjectLine.WithoutPrefixes(subject) is { Length: > 0 } stripped ? stripped : fileName.Title;
        var source = new Source(
            path,
            SourceKind.Email,
            FormatName,
            ContentIdentity.Of(SourceReader.SplitLines(TextDecoder.Decode(bytes).Text)),
            DateOnly.FromDateTime(date.DateTime),
            origin,
            null,
            title,
            segments,
            [],
            [.. warnings]) { Raw = text, Email = thread };
        return new ReadResult.Read(source);
    }

    /// <summary>The plain-text parts that are not attachments; else the HTML ones, which the caller turns into text.</summary>
    private static ImmutableArray<TextPart> TextParts(MimeMessage message)
    {
        var parts = message.BodyParts.OfType<TextPart>().Where(part => !part.IsAttachment).ToList();
        var plain = parts.Where(part => part.IsPlain).ToList();
        return [.. plain.Count > 0 ? plain : parts.Where(part => part.IsHtml)];
    }

    private static string Text(TextPart part)
    {
        var text = part.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (part.IsHtml)
        {
            return HtmlText.Of(text);
        }

        if (part.IsFlowed)
        {
            var deleteSpace = part.ContentType.Parameters.TryGetValue("delsp", out string? delsp) && delsp.Equals("yes", StringComparison.OrdinalIgnoreCase);
            text = new FlowedToText { DeleteSpace = deleteSpace }.Convert(text).Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        return text.Trim('\n', ' ');
    }

    /// <summary>
    /// The text parts' lines, then a line naming the attachments, each with the file line it is on. A part stored as
    /// it reads (plain, not flowed, 7bit or 8bit) has a file line for each of its lines; the lines of one the file
    /// encodes (quoted-printable, base64, HTML, flowed) are all placed on the part's first line, the nearest the file
    /// holds them.
    /// </summary>
    private static (List<string> Lines, List<int> FileLines) BodyLines(MimeMessage message, Dictionary<MimeEntity, int> bodyLines)
    {
        var lines = new List<string>();
        var fileLines = new List<int>();
        foreach (var part in TextParts(message))
        {
            var text = Text(part);
            if (text.Length == 0)
            {
                continue;
            }

            if (lines.Count > 0)
            {
                lines.Add(string.Empty);
                fileLines.Add(fileLines[^1]);
            }

            var first = bodyLines.GetValueOrDefault(part, 1);
            var asStored = part.IsPlain && !part.IsFlowed && part.ContentTransferEncoding is ContentEncoding.Default or ContentEncoding.SevenBit or ContentEncoding.EightBit or ContentEncoding.Binary;
            var skipped = asStored ? LeadingLineBreaks(part.Text) : 0;
            var partLines = text.Split('\n');
            lines.AddRange(partLines);
            fileLines.AddRange(Enumerable.Range(0, partLines.Length).Select(offset => asStored ? first + skipped + offset : first));
        }

        var attachments = Attachments(message);
        if (!attachments.IsEmpty)
        {
            if (lines.Count > 0)
            {
                lines.Add(string.Empty);
                fileLines.Add(fileLines[^1]);
            }

            lines.Add($"Attachments: {string.Join(", ", attachments.Select(attachment => attachment.Name).Distinct(StringComparer.Ordinal))}");
            fileLines.Add(bodyLines.GetValueOrDefault(attachments[0].Entity, fileLines.Count > 0 ? fileLines[^1] : 1));
        }

        return (lines, fileLines);
    }

    /// <summary>The line breaks before a part's first word, which <see cref="Text"/> trims.</summary>
    private static int LeadingLineBreaks(string text)
    {
        var start = text.AsSpan().IndexOfAnyExcept("\r\n ");
        return text.AsSpan(0, start < 0 ? text.Length : start).Count('\n');
    }

    /// <summary>Files attached or sent as the body's only part, and attached messages, each with its name.</summary>
    private static ImmutableArray<(MimeEntity Entity, string Name)> Attachments(MimeMessage message)
    {
        var files = message.BodyParts.OfType<MimePart>()
            .Where(part => part.IsAttachment || part is not TextPart)
            .Select(part => (Entity: (MimeEntity)part, Name: part.FileName ?? part.ContentType.Name));
        var messages = message.Attachments.OfType<MessagePart>()
            .Select(part => (Entity: (MimeEntity)part, Name: (string?)(part.ContentDisposition?.FileName ?? (part.Message?.Subject is { Length: > 0 } subject ? $"{subject}.eml" : "message.eml"))));
        return [.. files.Concat(messages).Where(attachment => !string.IsNullOrWhiteSpace(attachment.Name)).Select(attachment => (attachment.Entity, attachment.Name!))];
    }

    /// <summary>The headers mailing lists and auto-responders set (RFC 3834, RFC 2369): no person wrote the message.</summary>
    private static bool SentByMachine(MimeMessage message) =>
        message.Headers.Contains(HeaderId.ListUnsubscribe)
        || (message.Headers[HeaderId.AutoSubmitted] is { } submitted && !submitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase))
        || message.Headers[HeaderId.Precedence]?.Trim().ToLowerInvariant() is "bulk" or "junk" or "list";

    /// <summary>The 1-based line of byte <paramref name="offset"/>, where MimeKit says a part's headers and the blank line after them end.</summary>
    private static int LineAfter(byte[] bytes, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, bytes.Length);
        return bytes.AsSpan(0, end).Count((byte)'\n') + 1;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9-]*:[ \t]")]
    private static partial Regex FirstHeader();

    [GeneratedRegex(@"^(?:Received|MIME-Version|Message-ID|Return-Path):", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex MailHeader();

    [GeneratedRegex(@"^From:", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FromHeader();

    [GeneratedRegex(@"^Date:", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex DateHeader();
}
