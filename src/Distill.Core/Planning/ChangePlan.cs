using System.Collections.Immutable;

namespace Distill.Core.Planning;

/// <summary>
/// Everything one run would change, as a value (DESIGN invariant 5): printed by <c>--dry-run</c>, applied by the
/// Vault stage, all or nothing. <paramref name="Description"/> says what the run did, e.g. for a git commit message.
/// </summary>
public sealed record ChangePlan(ImmutableArray<FileChange> Changes, string Description)
{
    public static ChangePlan Empty { get; } = new([], string.Empty);
}
