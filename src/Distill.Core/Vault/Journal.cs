using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Distill.Core.Vault;

/// <summary>
/// A run's write-ahead journal, a folder: <c>backups/N</c> (the bytes step N overwrites or deletes), <c>progress</c> (a line
/// <c>N done</c> or <c>N skip</c> per step, appended and synced as each one completes) and <c>journal.json</c> (the steps),
/// written last: without it the journal was cut short before the run changed anything. A committed run's journal becomes
/// its undo record; an undo run moves the record it consumes into <c>consumed/</c> when it commits.
/// </summary>
internal sealed class Journal
{
    private const string PlanFile = "journal.json";
    private const string ProgressFile = "progress";
    private const string BackupsFolder = "backups";

    private Journal(string folder, JournalPlan plan)
    {
        Folder = folder;
        Plan = plan;
    }

    public string Folder { get; private set; }

    public JournalPlan Plan { get; }

    public string ConsumedRecord => Path.Combine(Folder, "consumed");

    /// <summary>Writes the journal durably, its steps last; only then may the run touch the vault.</summary>
    public static Journal Write(string folder, JournalPlan plan, IReadOnlyDictionary<int, byte[]> backups)
    {
        DurableFolder.Create(Path.Combine(folder, BackupsFolder));
        foreach (var (index, bytes) in backups)
        {
            AtomicFile.Write(BackupPath(folder, index), bytes, overwrite: true);
        }

        AtomicFile.Write(Path.Combine(folder, ProgressFile), [], overwrite: true);
        AtomicFile.Write(Path.Combine(folder, PlanFile), JsonSerializer.SerializeToUtf8Bytes(plan, JournalJson.Default.JournalPlan), overwrite: false);
        return new Journal(folder, plan);
    }

    /// <summary>The journal in <paramref name="folder"/>, or null when it has no steps (it was cut short while being written).</summary>
    public static Journal? Read(string folder)
    {
        var path = Path.Combine(folder, PlanFile);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var plan = JsonSerializer.Deserialize(File.ReadAllBytes(path), JournalJson.Default.JournalPlan);
            return plan is null ? throw Unreadable(path, "empty") : new Journal(folder, plan);
        }
        catch (JsonException e)
        {
            throw Unreadable(path, e.Message);
        }
    }

    /// <summary>
    /// Whether each step the run got through was done (true) or skipped (false), in order. The step after the last one
    /// is the one that may have been under way; a line a crash cut short does not count.
    /// </summary>
    public ImmutableArray<bool> Progress()
    {
        var path = Path.Combine(Folder, ProgressFile);
        var lines = File.Exists(path) ? File.ReadAllText(path, Encoding.ASCII).Split('\n')[..^1] : [];
        var progress = ImmutableArray.CreateBuilder<bool>();
        foreach (var line in lines)
        {
            var index = progress.Count.ToString(CultureInfo.InvariantCulture);
            if (line == $"{index} done" || line == $"{index} skip")
            {
                progress.Add(line.EndsWith("done", StringComparison.Ordinal));
            }
            else
            {
                break;
            }
        }

        return progress.ToImmutable();
    }

    /// <summary>
    /// Not synced: the record tells a rollback which steps were skipped as conflicts and which it may report as changed
    /// since; whether a step was carried out it reads from the disk, so a record a power cut loses costs nothing.
    /// </summary>
    public void Record(int index, bool done)
    {
        var path = Path.Combine(Folder, ProgressFile);
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.None);
        stream.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{index} {(done ? "done" : "skip")}\n")));
    }

    public byte[] Backup(int index) => File.ReadAllBytes(BackupPath(Folder, index));

    /// <summary>Renames the whole journal, atomically: how a committed run's journal becomes its undo record.</summary>
    public void MoveTo(string destination)
    {
        var origin = Folder;
        Directory.Move(origin, destination);
        Folder = destination;
        DiskSync.Folder(Path.GetDirectoryName(origin)!);
        DiskSync.Folder(Path.GetDirectoryName(destination)!);
    }

    public void Delete() => Discard(Folder);

    /// <summary>
    /// Removes the steps, durably: from then on the journal says nothing is pending, and what is left of its folder is
    /// a leftover, removed whenever convenient.
    /// </summary>
    public void Retire() => RemoveSteps(Folder);

    /// <summary>Removes the steps first, so that a crash halfway through leaves a journal that says nothing is pending.</summary>
    public static void Discard(string folder)
    {
        if (File.Exists(Path.Combine(folder, PlanFile)))
        {
            RemoveSteps(folder);
        }

        DurableFolder.RemoveTree(folder);
    }

    /// <summary>A journal folder without steps: cut short while being written, or retired by a committed undo.</summary>
    public static bool IsLeftover(string folder) => Directory.Exists(folder) && !File.Exists(Path.Combine(folder, PlanFile));

    private static void RemoveSteps(string folder)
    {
        File.Delete(Path.Combine(folder, PlanFile));
        DiskSync.Folder(folder);
    }

    private static string BackupPath(string folder, int index) =>
        Path.Combine(folder, BackupsFolder, index.ToString(CultureInfo.InvariantCulture));

    private static IOException Unreadable(string path, string why) =>
        new($"{path}: the journal of an interrupted run cannot be read ({why}); restore the vault from a backup or git, then delete {Path.GetDirectoryName(path)}");
}
