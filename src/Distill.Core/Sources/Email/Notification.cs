using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Email;

/// <summary>
/// A message a service sent on its own rather than a person writing to the reader: document shares ("shared with
/// you", "Share request for"), calendar responses and invitations ("Accepted:", "Invitation:"), system alerts
/// ("RFE Alert:", "Loss Alert:"), newsletters and marketing. Told by the sender (no-reply and notification
/// addresses, "Name (via Google Docs)", "Name via LinkedIn"), by a subject a service writes, or by a footer only
/// services put on mail ("unsubscribe", "You received this because …"). A reply or forward is a person's.
/// </summary>
internal static partial class Notification
{
    /// <param name="sender">Who sent it.</param>
    /// <param name="subject">Its subject as written, prefixes and all.</param>
    /// <param name="ownLines">What the sender wrote, without the quoted history.</param>
    public static bool IsAutomated(Mailbox sender, string subject, IEnumerable<string> ownLines)
    {
        if (SubjectLine.WithoutPrefixes(subject).Length < subject.Trim().Length)
        {
            return false;
        }

        var local = sender.Address is { } address && address.IndexOf('@', StringComparison.Ordinal) is > 0 and var at ? address[..at] : string.Empty;
        return ServiceAddress().IsMatch(local)
               || OnBehalf().IsMatch(sender.Name)
               || ServiceSubject().IsMatch(subject)
               || ownLines.Any(Boilerplate.IsNotificationFooter);
    }

    [GeneratedRegex(
        @"^(?:no-?reply|do-?not-?reply|noreply[-.].*|.*[-.]no-?reply|notifications?|notify|alerts?|mailer-daemon|postmaster|bounces?|invitations?|news(?:letters?)?|marketing|updates|info|calendar-notification|drive-shares-.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ServiceAddress();

    /// <summary>"Jonsi Stefansson (via Google Slides)", "Louis Feuvrier via LinkedIn": a service writing in a person's name.</summary>
    [GeneratedRegex(@"(?:\(via [^)]+\)|\svia \p{Lu}\S*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OnBehalf();

    [GeneratedRegex(
        @"^(?:(?:accepted|declined|tentative(?:ly accepted)?|invitation|updated invitation(?: with note)?|cancell?ed(?: event| invitation)?|new event|event reminder|reminder)\s*:"
        + @"|[\p{L}\d]+(?: [\p{L}\d]+)? alert\s*:)"
        + @"|\b(?:shared with you|share request for|invited you to|invites you to)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ServiceSubject();
}
