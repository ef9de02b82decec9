using System.Collections.Immutable;
using Distill.Core.Entities;

namespace Distill.Core.Planning;

/// <summary>One entity as <c>distill entities</c> lists it.</summary>
/// <param name="Name">Its note's file name, what a link names.</param>
/// <param name="Kind">Person, project or customer.</param>
/// <param name="Note">Its note's vault path.</param>
/// <param name="Aliases">The other names it is known by: its note's and the aliases file's.</param>
/// <param name="Emails">Its addresses.</param>
/// <param name="Meetings">How many meetings name it, as a participant or a mention.</param>
/// <param name="LastContact">The newest meeting it took part in.</param>
/// <param name="HasNote">Whether its note exists yet (a new person gets one on the next run).</param>
public sealed record EntitySummary(
    string Name, EntityKind Kind, string Note, ImmutableArray<string> Aliases, ImmutableArray<string> Emails, int Meetings, DateOnly? LastContact, bool HasNote);
