namespace Distill.Core.Vault;

/// <summary>A file inside the vault moved from <paramref name="From"/> to <see cref="Step.Path"/>, which must not exist.</summary>
internal sealed record MoveStep(string From, string Path) : Step(Path);
