namespace Distill.Core.Vault;

/// <summary>A file deleted if it still has <paramref name="OldSha256"/>; the journal's backup with the step's number holds its bytes.</summary>
internal sealed record DeleteStep(string Path, string OldSha256) : Step(Path);
