using System.Collections.Immutable;
using Distill.Core.Sources;

namespace Distill.Core.Vault;

/// <summary>A plan, or an undo record, turned into steps, with what could not become a step.</summary>
internal sealed record Translation(ImmutableArray<PendingStep> Steps, ImmutableArray<Conflict> Conflicts, ImmutableArray<Problem> Problems);
