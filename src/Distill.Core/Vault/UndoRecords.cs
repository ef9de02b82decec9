using System.Globalization;

namespace Distill.Core.Vault;

/// <summary>
/// <c>.distill/undo/N/</c>: the journal of the last committed run, kept so that it can be undone. Committing moves the
/// run's journal there in one rename; only the highest N counts, and older ones are removed.
/// </summary>
internal static class UndoRecords
{
    /// <summary>The last run's record, or null when there is nothing to undo.</summary>
    public static Journal? Latest(VaultPaths paths) => Numbers(paths).DefaultIfEmpty().Max() is var latest and > 0
        ? Journal.Read(Path.Combine(paths.Undo, Name(latest)))
        : null;

    /// <summary>Commits an apply: its journal becomes the newest record.</summary>
    public static void Keep(VaultPaths paths, Journal journal)
    {
        DurableFolder.Create(paths.Undo);
        var next = Numbers(paths).DefaultIfEmpty().Max() + 1;
        journal.MoveTo(Path.Combine(paths.Undo, Name(next)));
    }

    /// <summary>
    /// Commits an undo: the record it reverted moves into the undo's journal, then retiring the journal commits both at
    /// once; a rollback before that moves the record back.
    /// </summary>
    public static void Consume(VaultPaths paths, Journal record, Journal undo)
    {
        Directory.Move(record.Folder, undo.ConsumedRecord);
        DiskSync.Folder(paths.Undo);
        DiskSync.Folder(undo.Folder);
        undo.Retire();
    }

    /// <summary>
    /// Removes every record but the newest (and leftovers of records a crash interrupted the removal of), and the folder a
    /// committed undo leaves of its journal.
    /// </summary>
    public static void Prune(VaultPaths paths)
    {
        if (Journal.IsLeftover(paths.Journal))
        {
            DurableFolder.RemoveTree(paths.Journal);
        }

        var keep = Numbers(paths).DefaultIfEmpty().Max();
        foreach (var folder in Directory.Exists(paths.Undo) ? Directory.GetDirectories(paths.Undo) : [])
        {
            if (folder != Path.Combine(paths.Undo, Name(keep)))
            {
                Journal.Discard(folder);
            }
        }
    }

    public static string Name(long number) => number.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<long> Numbers(VaultPaths paths) =>
        (Directory.Exists(paths.Undo) ? Directory.GetDirectories(paths.Undo) : [])
            .Select(folder => long.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0)
            .Where(number => number > 0);
}
