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

    public static VaultSnapshot Read(string vault, VaultLayout layout)
    {
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
        foreach (var note in notePaths.AsParallel().Select(relative => ReadFile(vault, relative)).ToList())
        {
            notes[note.Path] = note;
        }

        return new VaultSnapshot(
            notes.ToImmutable(),
            paths.ToImmutable(),
            ReadIfThere(vault, Ledger.RelativePath),
            DefinesProposedStatus(Path.Combine(vault, TasksPluginSettings)),
            ReadIfThere(vault, AliasesFile.RelativePath));
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
