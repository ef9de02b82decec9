namespace Distill.Core.Planning;

/// <summary>What a run does with one source: the note it created or updated, or why it failed.</summary>
/// <param name="From">The file as given (or the archived source when regenerating).</param>
/// <param name="Kind">Created, updated, unchanged or failed.</param>
/// <param name="Note">The note's vault path, when there is one.</param>
/// <param name="Detail">Why it failed, or what was left alone (an edited region, an unreadable note).</param>
/// <param name="Conflict">Whether <paramref name="Detail"/> reports something of the user's that Distill left alone.</param>
public sealed record IngestOutcome(string From, IngestOutcomeKind Kind, string? Note, string? Detail, bool Conflict = false);
