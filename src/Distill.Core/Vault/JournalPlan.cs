using System.Collections.Immutable;

namespace Distill.Core.Vault;

/// <summary>
/// The journal's <c>journal.json</c>: a run's steps in order, with the plan's description. <paramref name="Undoes"/> names
/// the undo record an undo run consumes, null for an apply.
/// </summary>
internal sealed record JournalPlan(string Description, string? Undoes, ImmutableArray<Step> Steps);
