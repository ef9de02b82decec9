namespace Distill.Core.Vault;

/// <summary>Folders created and removed so that the change survives a power cut: the parent is synced after each.</summary>
internal static class DurableFolder
{
    /// <summary>Creates <paramref name="path"/> and any missing parent, outermost first.</summary>
    public static void Create(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        var parent = Path.GetDirectoryName(path) ?? throw new IOException($"{path}: no parent folder to create it in");
        Create(parent);
        Directory.CreateDirectory(path);
        DiskSync.Folder(parent);
    }

    /// <summary>Removes <paramref name="path"/> if it is an empty folder; says whether it did.</summary>
    public static bool RemoveIfEmpty(string path)
    {
        if (!Directory.Exists(path) || Directory.EnumerateFileSystemEntries(path).Any())
        {
            return false;
        }

        Directory.Delete(path);
        DiskSync.Folder(Path.GetDirectoryName(path)!);
        return true;
    }

    /// <summary>Removes a folder of Distill's own state, whatever it holds.</summary>
    public static void RemoveTree(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        Directory.Delete(path, recursive: true);
        DiskSync.Folder(Path.GetDirectoryName(path)!);
    }
}
