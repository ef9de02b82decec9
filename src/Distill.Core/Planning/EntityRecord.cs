using System.Collections.Immutable;

namespace Distill.Core.Planning;

/// <summary>
/// What every meeting note in the vault says about one entity (<see cref="EntityProjection"/>), each list newest first,
/// then by note path and line, without repeats.
/// </summary>
/// <param name="LastContact">People: the newest meeting they took part in. Projects and customers: the newest that mentions them.</param>
/// <param name="Status">Projects and customers: the newest meeting that mentions them and has a summary.</param>
/// <param name="Facts">Facts whose subject is the entity.</param>
/// <param name="Owes">Open tasks the entity owns.</param>
/// <param name="OwedTo">Open tasks others own that name the entity: owed to a person, a project's or customer's next steps.</param>
/// <param name="Decisions">Decisions of meetings the entity took part in, or that name it.</param>
/// <param name="Blockers">Projects and customers: risks and open questions that name them.</param>
/// <param name="Context">Every meeting with the entity as participant or mention.</param>
/// <param name="Collaborators">People: the other people who took part in the same meetings, most meetings first.</param>
internal sealed record EntityRecord(
    DateOnly? LastContact,
    MeetingLine? Status,
    ImmutableArray<NoteLine> Facts,
    ImmutableArray<OpenTask> Owes,
    ImmutableArray<OpenTask> OwedTo,
    ImmutableArray<NoteLine> Decisions,
    ImmutableArray<NoteLine> Blockers,
    ImmutableArray<MeetingLine> Context,
    ImmutableArray<Collaborator> Collaborators);
