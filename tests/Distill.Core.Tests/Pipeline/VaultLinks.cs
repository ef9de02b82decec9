using System.Text.RegularExpressions;

namespace Distill.Core.Tests.Pipeline;

/// <summary>
/// The links of a vault as stock Obsidian resolves them: <c>[[target]]</c>, <c>[[target|alias]]</c>,
/// <c>[[target#^block]]</c>, <c>[[#^block]]</c>; a target is a file name without <c>.md</c> anywhere in the vault, or a
/// vault path; a block is a <c>^id</c> at the end of a line of the target.
/// </summary>
internal static partial class VaultLinks
{
    /// <summary>Every link in the vault's notes that does not resolve, as "note: link".</summary>
    public static IReadOnlyList<string> Dangling(string vault, IEnumerable<string> sourceFolders)
    {
        var notes = Directory.EnumerateFiles(vault, "*.md", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(vault, file).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part.StartsWith('.')))
            .ToList();
        var byName = notes.ToLookup(path => Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase);
        var byPath = notes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dangling = new List<string>();
        foreach (var note in notes.Where(path => !sourceFolders.Any(folder => path.StartsWith(folder + "/", StringComparison.Ordinal))))
        {
            foreach (Match link in Link().Matches(File.ReadAllText(Path.Combine(vault, note))))
            {
                var target = link.Groups["target"].Value;
                var resolved = target.Length == 0 ? note
                    : byPath.Contains(target + ".md") ? target + ".md"
                    : byPath.Contains(target) ? target
                    : byName[target].FirstOrDefault();
                var block = link.Groups["block"].Value;
                if (resolved is null || (block.Length > 0 && !HasBlock(Path.Combine(vault, resolved), block)))
                {
                    dangling.Add($"{note}: {link.Value}");
                }
            }
        }

        return dangling;
    }

    private static bool HasBlock(string file, string block) =>
        File.ReadLines(file).Any(line => line.TrimEnd().EndsWith(" ^" + block, StringComparison.Ordinal) || line.TrimEnd() == "^" + block);

    [GeneratedRegex(@"(?<!\\)\[\[(?<target>[^\]\|#]*)(?:#\^(?<block>[A-Za-z0-9-]+))?(?:\|[^\]]*)?\]\]")]
    private static partial Regex Link();
}
