using System.Collections.Immutable;

namespace Distill.Core.Planning;

/// <summary>An open task's part of a <see cref="MeetingShare"/>.</summary>
/// <param name="Owner">Who owes it, an index into <see cref="MeetingShare.Entities"/>; -1 when nobody the registry knows.</param>
/// <param name="OwedTo">Whom its text names, the owner excepted.</param>
internal sealed record TaskShare(int Owner, ImmutableArray<int> OwedTo);
