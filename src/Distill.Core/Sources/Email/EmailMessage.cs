using System.Collections.Immutable;

namespace Distill.Core.Sources.Email;

/// <summary>One message of a thread; its text is the <see cref="Segment"/>s from <see cref="Line"/> on, a paragraph each.</summary>
/// <param name="Date">
/// When it was sent. The Apple Mail export gives the exporting Mac's local time without an offset; it is
/// kept as written, with offset zero.
/// </param>
/// <param name="Sender">Who sent it.</param>
/// <param name="Subject">Its subject as written, prefixes and all.</param>
/// <param name="Recipients">To and Cc, where the format states them (.eml); the Apple Mail export does not.</param>
/// <param name="Quoted">
/// People the quoted history names: the From, To and Cc of quoted Outlook and forwarded headers, and
/// the author of each "On … wrote:" line.
/// </param>
/// <param name="Line">The 1-based line of the file its first segment starts on.</param>
public sealed record EmailMessage(
    DateTimeOffset Date,
    Mailbox Sender,
    string Subject,
    ImmutableArray<Mailbox> Recipients,
    ImmutableArray<Mailbox> Quoted,
    int Line);
