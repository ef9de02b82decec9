namespace Distill.Core.Vault;

/// <summary>A folder an undo removes because the run it reverts created it; left alone if it holds anything.</summary>
internal sealed record RemoveFolderStep(string Path) : Step(Path);
