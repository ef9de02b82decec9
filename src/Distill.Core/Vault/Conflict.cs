namespace Distill.Core.Vault;

/// <summary>A file left as it was because it changed since the plan was made (DESIGN invariant 3), and why.</summary>
public sealed record Conflict(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}
