namespace Distill.Core.Vault;

/// <summary>
/// A source outside the vault copied to <see cref="Step.Path"/>, which must not exist. <paramref name="From"/> is absolute
/// and never touched: Distill does not delete the user's files outside the vault.
/// </summary>
internal sealed record CopyStep(string From, string Path, string Sha256) : Step(Path);
