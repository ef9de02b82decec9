namespace Distill.Core.Planning;

/// <summary>One file the plan writes, moves or removes. <see cref="Path"/> is relative to the vault, with '/' separators.</summary>
public abstract record FileChange(string Path);

/// <summary>A new file. Writing it is a conflict if something already exists at <see cref="FileChange.Path"/>.</summary>
public sealed record CreateFile(string Path, string Content) : FileChange(Path);

/// <summary>
/// An existing file rewritten. <paramref name="ExpectedSha256"/> is the hash of the bytes the planner read: if the
/// file on disk no longer has it (the user typed in Obsidian meanwhile), writing it is a conflict.
/// </summary>
public sealed record PatchFile(string Path, string ExpectedSha256, string Content) : FileChange(Path);

/// <summary>An existing file removed (undo of a create); a conflict if it changed since it was planned.</summary>
public sealed record DeleteFile(string Path, string ExpectedSha256) : FileChange(Path);

/// <summary>
/// A source moved byte-exact into the vault's archive, after every note of the run is written. <paramref name="From"/>
/// is an absolute path; the move never overwrites.
/// </summary>
public sealed record ArchiveSource(string From, string Path) : FileChange(Path);

/// <summary>A source that could not be read, moved to <c>Inbox/_failed/DATE/</c> with <c>NAME.reason.txt</c> beside it.</summary>
public sealed record RejectSource(string From, string Path, string Reason) : FileChange(Path);
