using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Distill.Core.Sources.Email;

/// <summary>What the later stages need to know about an email source beyond its text.</summary>
/// <param name="Subject">The thread's subject as the newest message writes it.</param>
/// <param name="NormalisedSubject">
/// The first message's subject without Re:/Fwd:/[EXTERNAL] prefixes, in lower case: the first message's,
/// because a later reply may reword the subject but cannot change the message that began the thread.
/// </param>
/// <param name="FirstDate">When the oldest message was sent.</param>
/// <param name="FirstSender">Who sent the oldest message.</param>
/// <param name="Messages">The messages in file order (oldest first in an Apple Mail export).</param>
/// <param name="People">Everyone the thread names, each once, in order of first appearance.</param>
public sealed record EmailThread(
    string Subject,
    string NormalisedSubject,
    DateTimeOffset FirstDate,
    Mailbox FirstSender,
    ImmutableArray<EmailMessage> Messages,
    ImmutableArray<Mailbox> People)
{
    /// <summary>
    /// Every message is one a service sent on its own — a document share, a calendar response or invitation, a
    /// system alert, a newsletter, a no-reply sender — so the thread asks nothing of anyone: extraction gives it no
    /// action items and no follow-ups.
    /// </summary>
    public bool Automated { get; init; }

    /// <summary>
    /// The thread's identity (DESIGN invariant 1): SHA-256 of the normalised subject, the first message's
    /// date and its sender. A re-export under another name, with other line endings or with more
    /// messages has the same identity.
    /// </summary>
    public string Identity
    {
        get
        {
            var key = string.Join(
                '\n',
                NormalisedSubject,
                FirstDate.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                FirstSender.Key);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Normalize(NormalizationForm.FormC))));
        }
    }
}
