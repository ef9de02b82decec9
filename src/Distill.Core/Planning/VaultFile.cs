namespace Distill.Core.Planning;

/// <summary>A note as the planner saw it: its text and the hash of its bytes, which the applier checks again before writing.</summary>
public sealed record VaultFile(string Path, string Content, string Sha256);
