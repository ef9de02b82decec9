using System.Collections.Immutable;
using Distill.Core.Planning;

namespace Distill.Core.Entities;

/// <summary>
/// The entities the vault knows (DESIGN: registry from the vault): every note whose front matter says
/// <c>type: person|project|customer</c>, found by its file name, its <c>title</c> and its <c>aliases</c>, as
/// Obsidian resolves links. Names are compared as the file systems compare them (case and Unicode form folded).
/// </summary>
public sealed record Registry(ImmutableSortedDictionary<string, Entity> ByName)
{
    public static Registry Empty { get; } = new(ImmutableSortedDictionary<string, Entity>.Empty.WithComparers(StringComparer.Ordinal));

    public static Registry FromNotes(IEnumerable<VaultFile> notes)
    {
        var registry = Empty;
        foreach (var note in notes)
        {
            var frontMatter = note.FrontMatter;
            if (KindOf(frontMatter.Text("type")) is not { } kind)
            {
                continue;
            }

            var entity = new Entity(Path.GetFileNameWithoutExtension(note.Path), kind, note.Path);
            registry = registry.With(entity, [entity.Name, .. frontMatter.Texts("title"), .. frontMatter.Texts("aliases")]);
        }

        return registry;
    }

    public Entity? Find(string name) => ByName.GetValueOrDefault(SafeName.Key(name));

    /// <summary>The registry with <paramref name="entity"/> known by <paramref name="names"/>; a name already taken keeps its entity.</summary>
    public Registry With(Entity entity, IEnumerable<string> names) =>
        new(names.Select(SafeName.Key).Where(key => key.Length > 0 && !ByName.ContainsKey(key)).Distinct()
            .Aggregate(ByName, (byName, key) => byName.Add(key, entity)));

    private static EntityKind? KindOf(string? type) => type switch
    {
        "person" => EntityKind.Person,
        "project" => EntityKind.Project,
        "customer" => EntityKind.Customer,
        _ => null,
    };
}
