namespace Distill.Core.Vault;

/// <summary>A folder the run creates for the files it writes; removed again, if empty, when the run is undone.</summary>
internal sealed record FolderStep(string Path) : Step(Path);
