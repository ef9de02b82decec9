namespace Distill.Core.Vault;

/// <summary>
/// The folders whose entries a run changed, synced once each just before the run commits rather than after every
/// rename: until the commit the journal can undo any of the renames, whether or not they reached the disk, so only the
/// commit needs them durable. A run over the corpus renames into a few dozen folders some hundred and fifty times.
/// </summary>
internal sealed class FolderSyncs
{
    private readonly SortedSet<string> folders = new(StringComparer.Ordinal);

    public void Add(string folder) => folders.Add(folder);

    /// <summary>Syncs every folder; an error is fatal, as every fsync error is (<see cref="DiskSync"/>).</summary>
    public void SyncAll()
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            DiskSync.Folder(folder);
        }

        folders.Clear();
    }
}
