using System.Collections.Immutable;

namespace Distill.Core.Planning;

/// <summary>The plan, and what it means for each source.</summary>
public sealed record PlanResult(ChangePlan Plan, ImmutableArray<IngestOutcome> Outcomes);
