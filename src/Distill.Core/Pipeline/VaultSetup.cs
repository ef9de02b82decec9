using System.Text.Json;
using System.Text.Json.Nodes;
using Distill.Core.Planning;
using Distill.Core.Sources;

namespace Distill.Core.Pipeline;

/// <summary>
/// What <c>distill init</c> adds to a folder to make it a vault: the layout's folders, the configuration with
/// every key, the task dashboard, and, in a vault Obsidian has opened, the source folders excluded from search
/// and queries. Never overwrites what is there.
/// </summary>
public static class VaultSetup
{
    public const string Dashboard = "TASKS.md";
    private const string ObsidianSettings = ".obsidian/app.json";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The folders a vault has; under the Inbox, only the drop zones.</summary>
    public static IEnumerable<string> Folders(VaultLayout layout) =>
    [
        .. Enum.GetValues<SourceKind>().Select(kind => $"{layout.Inbox}/{KindFolder.Of(kind)}"), layout.Sources, layout.People,
        layout.Projects, layout.Customers, layout.Meetings, ".distill",
    ];

    /// <summary>The files to write into <paramref name="vault"/>: those it lacks, and Obsidian's excluded files completed.</summary>
    public static ChangePlan Plan(string vault, VaultLayout layout)
    {
        var changes = new List<FileChange>();
        if (!File.Exists(Path.Combine(vault, VaultConfig.RelativePath)))
        {
            changes.Add(new CreateFile(VaultConfig.RelativePath, VaultConfig.DefaultFileText()));
        }

        if (!File.Exists(Path.Combine(vault, Dashboard)))
        {
            changes.Add(new CreateFile(Dashboard, TaskDashboard(layout)));
        }

        if (Directory.Exists(Path.Combine(vault, ".obsidian")) && ExcludeSources(vault, layout) is { } settings)
        {
            changes.Add(settings);
        }

        return new ChangePlan([.. changes], "distill init");
    }

    /// <summary>A query that leaves out the archived originals and the Inbox, whose text may look like tasks.</summary>
    private static string TaskQuery(VaultLayout layout, params string[] filters) =>
        string.Join('\n', ["```tasks", .. filters, .. layout.SourceFolders.Select(folder => $"path does not include {folder}/"), "```"]);

    private static string TaskDashboard(VaultLayout layout) => $"""
        # Tasks

        ## Open, by due date
        {TaskQuery(layout, "not done", "sort by due")}

        ## Proposed by Distill, not yet accepted
        {TaskQuery(layout, "not done", "tags include #proposed", "sort by due")}

        ## Done in the last week
        {TaskQuery(layout, "done after 1 week ago", "sort by done reverse")}

        """;

    private static FileChange? ExcludeSources(string vault, VaultLayout layout)
    {
        var path = Path.Combine(vault, ObsidianSettings);
        var exists = File.Exists(path);
        JsonObject settings;
        try
        {
            settings = exists ? JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? [] : [];
        }
        catch (JsonException)
        {
            // The user's settings file is theirs: one we cannot read is left as it is, not replaced.
            return null;
        }

        var filters = settings["userIgnoreFilters"] as JsonArray ?? [];
        var missing = layout.SourceFolders.Select(folder => folder + "/")
            .Where(folder => !filters.Any(filter => filter?.GetValueKind() == JsonValueKind.String && filter.GetValue<string>() == folder))
            .ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        settings["userIgnoreFilters"] = new JsonArray([.. filters.Select(filter => filter?.DeepClone()), .. missing.Select(folder => JsonValue.Create(folder))]);
        var text = settings.ToJsonString(Indented) + "\n";
        return exists
            ? new PatchFile(ObsidianSettings, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), text)
            : new CreateFile(ObsidianSettings, text);
    }
}
