using System.Collections.Immutable;

namespace Distill.Core.Sources.Email;

/// <summary>Where a quoted message begins: the heading a mail program wrote above it.</summary>
/// <param name="Lines">How many body lines the heading takes.</param>
/// <param name="Author">Who wrote the quoted message, when the heading says.</param>
/// <param name="People">Everyone the heading names: sender, To, Cc.</param>
internal sealed record QuotedHeading(int Lines, Mailbox? Author, ImmutableArray<Mailbox> People);
