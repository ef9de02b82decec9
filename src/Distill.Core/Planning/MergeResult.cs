namespace Distill.Core.Planning;

/// <summary>The plan of a <c>distill merge</c>, or why it cannot be made (the plan is then empty).</summary>
public sealed record MergeResult(ChangePlan Plan, string? Problem);
