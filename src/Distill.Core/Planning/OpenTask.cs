using Distill.Core.Extraction;

namespace Distill.Core.Planning;

/// <summary>An open task as an entity note lists it, linking the task's line in its meeting note (a task lives there only).</summary>
/// <param name="Date">The meeting's date.</param>
/// <param name="Note">The meeting note's name.</param>
/// <param name="Id">The task's id, its line's block id; null to link the whole note.</param>
/// <param name="Text">Plain text, not yet escaped.</param>
/// <param name="Owner">Who owes it, by name; null when unknown.</param>
/// <param name="Due">📅, the day it is due.</param>
/// <param name="Priority">Its priority; null for normal.</param>
internal sealed record OpenTask(DateOnly Date, string Note, string? Id, string Text, string? Owner, DateOnly? Due, Priority? Priority);
