using System.Text.Json.Serialization;

namespace Distill.Core.Vault;

/// <summary>
/// One change to the disk as the journal records it: enough to check the target just before acting and to undo the
/// change from the disk's state alone, whether or not the journal says it was done. Paths are vault-relative with '/'.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(FolderStep), "folder")]
[JsonDerivedType(typeof(RemoveFolderStep), "remove-folder")]
[JsonDerivedType(typeof(WriteStep), "write")]
[JsonDerivedType(typeof(DeleteStep), "delete")]
[JsonDerivedType(typeof(MoveStep), "move")]
[JsonDerivedType(typeof(CopyStep), "copy")]
internal abstract record Step(string Path);
