using System.Collections.Immutable;
using Distill.Core.Entities;

namespace Distill.Core.Planning;

/// <summary>
/// What one meeting adds to the records of the entities it names, as <see cref="EntityProjection"/> resolved its names.
/// Resolving is most of a projection's cost, so each meeting's share is worked out once and kept in the note cache for
/// as long as the registry stays the same; records are then folded from the shares of the meetings that touch them.
/// </summary>
/// <param name="Entities">Every entity the meeting adds to, once each: the participants, then the others it mentions, then those only its lines name. The other members index into it.</param>
/// <param name="Participants">How many of <paramref name="Entities"/>, from the first, are participants.</param>
/// <param name="Present">How many of <paramref name="Entities"/>, from the first, the meeting lists as participants or mentions.</param>
/// <param name="FactSubjects">For each fact, whom it is about; -1 for nobody in particular.</param>
/// <param name="Decisions">For each decision, the entities it is listed under.</param>
/// <param name="Blockers">For each risk, then each question, the projects and customers it names.</param>
/// <param name="Tasks">For each open task, in order, its owner and the entities it is owed to.</param>
internal sealed record MeetingShare(
    ImmutableArray<Entity> Entities,
    int Participants,
    int Present,
    ImmutableArray<int> FactSubjects,
    ImmutableArray<ImmutableArray<int>> Decisions,
    ImmutableArray<ImmutableArray<int>> Blockers,
    ImmutableArray<TaskShare> Tasks);
