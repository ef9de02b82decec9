namespace Distill.Core.Planning;

/// <summary>What the file system says of a note without reading it; the note cache trusts a note whose stamp is unchanged.</summary>
internal readonly record struct NoteStamp(long Size, long LastWriteTicks);
