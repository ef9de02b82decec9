using Distill.Core.Entities;
using Distill.Core.Planning;

namespace Distill.Core.Tests.Entities;

/// <summary>Entity notes as the vault holds them, written as text so that the registry reads real front matter.</summary>
internal static class EntityNotes
{
    public static VaultFile Person(string name, string? title = null, string[]? aliases = null, string[]? emails = null) =>
        Note($"People/{name}/{name}.md", "person", title, aliases, emails);

    public static VaultFile Note(string path, string type, string? title = null, string[]? aliases = null, string[]? emails = null)
    {
        var lines = new List<string> { "---", $"type: {type}" };
        if (title is not null)
        {
            lines.Add($"title: \"{title}\"");
        }

        lines.AddRange(List("aliases", aliases));
        lines.AddRange(List("emails", emails));
        lines.AddRange(["---", "", "Notes."]);
        return new VaultFile(path, string.Join('\n', lines) + "\n", sha256: "");
    }

    public static Registry Registry(params VaultFile[] notes) => Core.Entities.Registry.FromVault(notes, AliasesFile.Empty);

    private static IEnumerable<string> List(string key, string[]? values) =>
        values is null ? [] : [$"{key}:", .. values.Select(value => $"  - \"{value}\"")];
}
