namespace Distill.Core.Vault;

/// <summary>
/// A file written whole. <paramref name="OldSha256"/> is null for a new file; otherwise the file must still have it, and
/// the journal's backup with the step's number holds those old bytes.
/// </summary>
internal sealed record WriteStep(string Path, string? OldSha256, string NewSha256) : Step(Path);
