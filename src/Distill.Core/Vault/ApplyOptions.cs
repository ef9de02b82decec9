namespace Distill.Core.Vault;

/// <summary>Where to apply, and whether to record the run as one git commit when the vault is a git repository.</summary>
public sealed record ApplyOptions(string Vault, bool GitCommit);
