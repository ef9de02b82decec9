using System.Collections.Immutable;
using Distill.Core.Planning;

namespace Distill.Core.Entities;

/// <summary>
/// The entities the vault knows (DESIGN: registry from the vault): every note whose front matter says
/// <c>type: person|project|customer</c>, found by its file name, its <c>title</c> and its <c>aliases</c>, as
/// Obsidian resolves links, by the aliases <c>.distill/aliases.yaml</c> gives it, and by its <c>emails</c>. Names are
/// compared as the file systems compare them (case and Unicode form folded); a name two entities claim keeps the
/// first, in the order of the notes' paths. Nothing else is remembered between runs.
/// </summary>
/// <param name="ByName">Folded name (<see cref="SafeName.Key"/>) → entity.</param>
/// <param name="ByEmail">Upper-cased address → entity.</param>
/// <param name="ByNote">Note path → what the note says about its entity.</param>
/// <param name="Aliases">The aliases file, kept whole: an alias of a canonical name without a note yet applies once the name gets one.</param>
public sealed record Registry(
    ImmutableSortedDictionary<string, Entity> ByName,
    ImmutableSortedDictionary<string, Entity> ByEmail,
    ImmutableSortedDictionary<string, RegistryEntry> ByNote,
    AliasesFile Aliases)
{
    public static Registry Empty { get; } = new(
        ImmutableSortedDictionary<string, Entity>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, Entity>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, RegistryEntry>.Empty.WithComparers(StringComparer.Ordinal),
        AliasesFile.Empty);

    /// <summary>Every entity, ordered by name.</summary>
    public ImmutableArray<Entity> Entities =>
        [.. ByNote.Values.Select(entry => entry.Entity).OrderBy(entity => entity.Name, StringComparer.Ordinal).ThenBy(entity => entity.NotePath, StringComparer.Ordinal)];

    public static Registry FromNotes(IEnumerable<VaultFile> notes) => FromVault(notes, AliasesFile.Empty);

    public static Registry FromVault(IEnumerable<VaultFile> notes, AliasesFile aliases)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(aliases);
        var registry = Empty with { Aliases = aliases };
        foreach (var note in notes.OrderBy(note => note.Path, StringComparer.Ordinal))
        {
            var frontMatter = note.FrontMatter;
            if (KindOf(frontMatter.Text("type")) is { } kind)
            {
                var entity = new Entity(Path.GetFileNameWithoutExtension(note.Path), kind, note.Path);
                registry = registry.With(entity, frontMatter.Text("title"), frontMatter.Texts("aliases"), frontMatter.Texts("emails"));
            }
        }

        return registry;
    }

    /// <summary>The entity a file name, title or alias names.</summary>
    public Entity? Find(string name) => string.IsNullOrWhiteSpace(name) ? null : ByName.GetValueOrDefault(SafeName.Key(name));

    /// <summary>The entity whose note lists <paramref name="address"/>, compared without case.</summary>
    public Entity? FindByEmail(string address) => string.IsNullOrWhiteSpace(address) ? null : ByEmail.GetValueOrDefault(EmailKey(address));

    /// <summary>Its note's aliases and the aliases file's, ordinal-sorted, without its own name and title.</summary>
    public ImmutableArray<string> AliasesOf(Entity entity) => EntryOf(entity)?.Aliases ?? [];

    public ImmutableArray<string> EmailsOf(Entity entity) => EntryOf(entity)?.Emails ?? [];

    /// <summary>The note's <c>title</c>, else its name.</summary>
    public string TitleOf(Entity entity) => EntryOf(entity)?.Title ?? entity.Name;

    /// <summary>The registry with <paramref name="entity"/> known by <paramref name="names"/>; a name already taken keeps its entity.</summary>
    public Registry With(Entity entity, IEnumerable<string> names) => With(entity, null, names, []);

    /// <summary>The registry with <paramref name="emails"/> among the entity's addresses; an address already taken keeps its entity.</summary>
    public Registry WithEmails(Entity entity, IEnumerable<string> emails) => With(entity, null, [], emails);

    /// <summary>
    /// The canonical name of the aliases file that <paramref name="name"/> is, or is an alias of, when no entity has
    /// that name yet: a meeting that says "Manish" speaks of "Maneesh Sah", who has no note so far.
    /// </summary>
    internal string? CanonicalWithoutEntity(string name) => Aliases.CanonicalOf(name) is { } canonical && Find(canonical) is null ? canonical : null;

    private RegistryEntry? EntryOf(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return ByNote.GetValueOrDefault(entity.NotePath);
    }

    private Registry With(Entity entity, string? title, IEnumerable<string> aliases, IEnumerable<string> emails)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var known = ByNote.GetValueOrDefault(entity.NotePath) ?? new RegistryEntry(entity, null, [], []);
        var ownTitle = known.Title ?? title;
        var ownNames = new[] { entity.Name, ownTitle }.OfType<string>().ToList();
        var ownKeys = ownNames.Select(SafeName.Key).ToHashSet(StringComparer.Ordinal);
        var declared = known.Aliases.Concat(aliases).ToList();
        var fromFile = ownNames.Concat(declared).SelectMany(Aliases.AliasesOf);
        var allAliases = Distinct(declared.Concat(fromFile).Where(alias => !ownKeys.Contains(SafeName.Key(alias))), SafeName.Key);
        var allEmails = Distinct(known.Emails.Concat(emails), EmailKey);
        return this with
        {
            ByName = Claim(ByName, ownNames.Concat(allAliases).Select(SafeName.Key), entity),
            ByEmail = Claim(ByEmail, allEmails.Select(EmailKey), entity),
            ByNote = ByNote.SetItem(entity.NotePath, new RegistryEntry(entity, ownTitle, allAliases, allEmails)),
        };
    }

    /// <summary>Keeps the ordinal-smallest spelling of each key, so the result does not depend on the order names came in.</summary>
    private static ImmutableArray<string> Distinct(IEnumerable<string> values, Func<string, string> key) =>
        [.. values.Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value.Trim())
            .Order(StringComparer.Ordinal).DistinctBy(key, StringComparer.Ordinal)];

    private static ImmutableSortedDictionary<string, Entity> Claim(ImmutableSortedDictionary<string, Entity> byKey, IEnumerable<string> keys, Entity entity) =>
        keys.Where(key => key.Length > 0 && !byKey.ContainsKey(key)).Distinct(StringComparer.Ordinal).Aggregate(byKey, (current, key) => current.Add(key, entity));

    private static string EmailKey(string address) => address.Trim().ToUpperInvariant();

    private static EntityKind? KindOf(string? type) => type switch
    {
        "person" => EntityKind.Person,
        "project" => EntityKind.Project,
        "customer" => EntityKind.Customer,
        _ => null,
    };
}
