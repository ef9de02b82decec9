using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Distill.Core.Entities;
using Distill.Core.Planning;

namespace Distill.Core.Pipeline;

/// <summary>Reads the vault into the snapshot the planner works from.</summary>
public static class VaultScan
{
    private const string TasksPluginSettings = ".obsidian/plugins/obsidian-tasks-plugin/data.json";

    /// <summary>
    /// How long after its last write a note's stamp is not trusted: a file system that keeps coarse times (FAT keeps two
    /// seconds) gives a note written again within that time the same stamp, so such a note is read and known by its hash.
    /// </summary>
    private static readonly TimeSpan StampGranularity = TimeSpan.FromSeconds(2);

    /// <summary>Every note read.</summary>
    public static VaultSnapshot Read(string vault, VaultLayout layout) => Read(vault, layout, cache: null);

    /// <summary>
    /// The notes with the note cache (<see cref="NoteCache"/>): a note whose stamp the cache remembers is read only when its
    /// text is needed, and one whose bytes it remembers is not parsed again. The snapshot carries the cache for the plan.
    /// </summary>
    public static VaultSnapshot ReadWithCache(string vault, VaultLayout layout) => Read(vault, layout, NoteCacheFile.Read(vault));

    private static VaultSnapshot Read(string vault, VaultLayout layout, NoteCache? cache)
    {
        var stampsBefore = DateTime.UtcNow.Ticks - StampGranularity.Ticks;
        var notes = ImmutableSortedDictionary.CreateBuilder<string, VaultFile>(StringComparer.Ordinal);
        var paths = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        var notePaths = new List<string>();
        var sourceFolders = layout.SourceFolders.Select(folder => folder.TrimEnd('/') + "/").ToList();
        foreach (var file in Directory.EnumerateFiles(vault, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(vault, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            paths.Add(relative);
            if (relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                && !sourceFolders.Any(folder => relative.StartsWith(folder, StringComparison.Ordinal)))
            {
                notePaths.Add(relative);
            }
        }

        // Read on every core: a vault holds thousands of notes, each hashed and its front matter parsed.
        var read = notePaths.AsParallel().Select(relative => cache is null ? ReadFile(vault, relative) : ReadNote(vault, relative, cache, stampsBefore));
        foreach (var note in read.ToList())
        {
            notes[note.Path] = note;
        }

        return new VaultSnapshot(
            notes.ToImmutable(),
            paths.ToImmutable(),
            ReadIfThere(vault, Ledger.RelativePath),
            DefinesProposedStatus(Path.Combine(vault, TasksPluginSettings)),
            ReadIfThere(vault, AliasesFile.RelativePath),
            cache);
    }

    /// <summary>
    /// A note as the cache remembers it, unread, when its stamp is the one remembered; else read, with what the cache holds
    /// for the same bytes. The stamp is taken before the bytes are read, so a note written meanwhile has a new one next time,
    /// and only a stamp older than <paramref name="stampsBefore"/> is kept (<see cref="StampGranularity"/>).
    /// </summary>
    private static VaultFile ReadNote(string vault, string relative, NoteCache cache, long stampsBefore)
    {
        var full = Path.Combine(vault, relative);
        var info = new FileInfo(full);
        NoteStamp? stamp = info.LastWriteTimeUtc.Ticks < stampsBefore ? new NoteStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        if (stamp is { } known && cache.Unchanged(relative, known) is { } remembered)
        {
            return new VaultFile(relative, known, remembered, () => ReadLater(full));
        }

        var bytes = File.ReadAllBytes(full);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new VaultFile(relative, Encoding.UTF8.GetString(bytes), sha256, stamp, cache.SameBytes(relative, sha256));
    }

    /// <summary>
    /// The text of a note the plan needs after the scan. One gone by then reads as empty: the plan still carries the hash the
    /// cache remembers, so the applier finds the note changed and writes nothing over it (DESIGN invariant 3).
    /// </summary>
    private static string ReadLater(string full)
    {
        try
        {
            return Encoding.UTF8.GetString(File.ReadAllBytes(full));
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return string.Empty;
        }
    }

    private static VaultFile? ReadIfThere(string vault, string relative) =>
        File.Exists(Path.Combine(vault, relative)) ? ReadFile(vault, relative) : null;

    private static VaultFile ReadFile(string vault, string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(vault, relative));
        return new VaultFile(relative, Encoding.UTF8.GetString(bytes), Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Whether the Tasks plugin's settings define a status with the symbol <c>?</c>; any unreadable file means no.</summary>
    private static bool DefinesProposedStatus(string settings)
    {
        if (!File.Exists(settings))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(settings));
            return HasSymbol(document.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool HasSymbol(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(property =>
            (property.Name == "symbol" && property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() == "?")
            || HasSymbol(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(HasSymbol),
        _ => false,
    };
}
