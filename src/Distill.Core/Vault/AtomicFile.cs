namespace Distill.Core.Vault;

/// <summary>
/// The one way the Vault stage writes a file (DESIGN invariant 6): a temporary file beside the target, synced, renamed over
/// it, then the folder synced, so a crash leaves the old bytes or the new ones, never a mix. The two halves are separate so
/// a run can check the target again, and mark crash points, between them.
/// </summary>
internal static class AtomicFile
{
    /// <summary>What a temporary file's name ends with; a leftover one is removed when an interrupted run is rolled back.</summary>
    public const string TemporarySuffix = ".distill-tmp";

    public static string TemporaryFor(string path) => path + TemporarySuffix;

    public static void Write(string path, ReadOnlySpan<byte> content, bool overwrite) =>
        Rename(WriteTemporary(path, content), path, overwrite);

    public static string WriteTemporary(string path, ReadOnlySpan<byte> content)
    {
        DurableFolder.Create(Path.GetDirectoryName(path)!);
        var temporary = TemporaryFor(path);
        using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(content);
        stream.Flush();
        DiskSync.File(stream.SafeFileHandle, temporary);
        return temporary;
    }

    /// <summary>
    /// The folder is synced now, or, for a journaled run, added to <paramref name="later"/>, synced before the run commits.
    /// Without <paramref name="overwrite"/> the rename fails if the target exists (.NET links then unlinks on Unix), so a
    /// file that appears at the last moment is not clobbered.
    /// </summary>
    public static void Rename(string temporary, string path, bool overwrite, FolderSyncs? later = null)
    {
        File.Move(temporary, path, overwrite);
        if (later is null)
        {
            DiskSync.Folder(Path.GetDirectoryName(path)!);
        }
        else
        {
            later.Add(Path.GetDirectoryName(path)!);
        }
    }

    public static void RemoveTemporary(string path)
    {
        var temporary = TemporaryFor(path);
        if (File.Exists(temporary))
        {
            File.Delete(temporary);
        }
    }
}
