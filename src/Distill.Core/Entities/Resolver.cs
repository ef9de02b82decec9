using System.Collections.Immutable;
using System.Text;
using Distill.Core.Planning;
using Distill.Core.Sources.Email;

namespace Distill.Core.Entities;

/// <summary>
/// A name said in a meeting → the entity it stands for (DESIGN: Resolver). Built once per run over every meeting of
/// the vault and the ones being ingested, so what a name resolves to does not depend on the order sources came in
/// (invariant 4). Only exact names, aliases and addresses join two spellings; similar spellings never do — they are
/// <see cref="Suspects"/> for <c>distill doctor</c> — and a lone first name joins only the one person it can mean.
/// </summary>
public sealed class Resolver
{
    /// <summary>First name (folded) → the people of the registry who have it, in name order.</summary>
    private readonly ILookup<string, Entity> peopleByFirstName;

    private Resolver(Registry registry, ImmutableArray<Entity> newEntities)
    {
        Registry = registry;
        NewEntities = newEntities;
        peopleByFirstName = registry.Entities
            .Where(entity => entity.Kind == EntityKind.Person)
            .SelectMany(person => FirstNameKeys(registry, person).Select(key => (Key: key, Person: person)))
            .ToLookup(pair => pair.Key, pair => pair.Person, StringComparer.Ordinal);
    }

    /// <summary>The registry and the people the meetings name that it did not know.</summary>
    public Registry Registry { get; }

    /// <summary>People without a note whom the meetings name in full, ordered by name.</summary>
    public ImmutableArray<Entity> NewEntities { get; }

    /// <summary>
    /// The resolver for a run. <paramref name="meetings"/> holds each meeting's raw names, participants first, then the
    /// people mentioned. A full name the registry does not know — nor the aliases file, whose canonical name may
    /// still lack a note — becomes a person at <c>{peopleFolder}/{Name}/{Name}.md</c>. Spellings that fold to one key
    /// are one person, named by the most frequent spelling (NFC), the ordinal-smallest among equals, so that neither
    /// the order of meetings nor that of names within them matters.
    /// </summary>
    public static Resolver For(Registry registry, IEnumerable<IReadOnlyList<string>> meetings, string peopleFolder)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentException.ThrowIfNullOrWhiteSpace(peopleFolder);
        var spellings = meetings
            .SelectMany(names => names)
            .Select(name => NewPersonName(registry, name))
            .OfType<string>()
            .Select(name => name.Normalize(NormalizationForm.FormC))
            .GroupBy(SafeName.Key, StringComparer.Ordinal);
        var newEntities = spellings
            .Select(group => group.GroupBy(spelling => spelling, StringComparer.Ordinal)
                .OrderByDescending(same => same.Count())
                .ThenBy(same => same.Key, StringComparer.Ordinal)
                .First().Key)
            .Select(spelling => (Spelling: spelling, Person: Person(spelling, peopleFolder)))
            .OrderBy(created => created.Person.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        return new Resolver(
            newEntities.Aggregate(registry, (current, created) => current.With(created.Person, [created.Spelling])),
            [.. newEntities.Select(created => created.Person)]);
    }

    /// <summary>
    /// The same resolver with the addresses an email gave for people it named (DESIGN: <c>emails:</c> in people's
    /// notes): each address goes to the person <paramref name="people"/>'s name resolves to among the thread's
    /// <paramref name="participants"/>, unless an entity already has it.
    /// </summary>
    public Resolver WithEmails(IEnumerable<(string Name, string Address)> people, IReadOnlyCollection<string> participants)
    {
        ArgumentNullException.ThrowIfNull(people);
        var registry = Registry;
        foreach (var (name, address) in people)
        {
            if (registry.FindByEmail(address) is null && Resolve(name, participants) is { Kind: EntityKind.Person } person)
            {
                registry = registry.WithEmails(person, [address]);
            }
        }

        return registry == Registry ? this : new Resolver(registry, NewEntities);
    }

    /// <summary>
    /// The entity <paramref name="name"/> stands for: an address ("jai@example.com" or "Jai Menon
    /// &lt;jai@example.com&gt;"), its exact name or an alias, else, for a lone first name, the one person of the meeting's
    /// <paramref name="participants"/> who has it, else the one person of the registry who has it; null otherwise. A
    /// name of several words never resolves by one of them: "Jason Vallery" is not "James Vallery" nor "Jason Smith".
    /// </summary>
    public Entity? Resolve(string name, IReadOnlyCollection<string> participants)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(participants);
        var (display, address) = Split(name);
        if (Known(Registry, display, address) is { } known)
        {
            return known;
        }

        if (!PersonNames.CanBeEntity(display) || !PersonNames.IsOneWord(display))
        {
            return null;
        }

        var key = SafeName.Key(display);
        var inMeeting = participants
            .Select(participant => Split(participant))
            .Select(participant => Known(Registry, participant.Display, participant.Address))
            .OfType<Entity>()
            .Where(entity => entity.Kind == EntityKind.Person && FirstNameKeys(Registry, entity).Contains(key))
            .Distinct()
            .ToList();
        var candidates = inMeeting.Count > 0 ? inMeeting : [.. peopleByFirstName[key]];
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>The name of the person <paramref name="name"/> would make when the registry does not know it; null when it knows it or it is no full name.</summary>
    private static string? NewPersonName(Registry registry, string name)
    {
        var (display, address) = Split(name);
        if (Known(registry, display, address) is not null || !PersonNames.CanBeEntity(display))
        {
            return null;
        }

        return registry.CanonicalWithoutEntity(display) is { } canonical
            ? (PersonNames.CanBeEntity(canonical) ? canonical : null)
            : (PersonNames.IsFullName(display) ? display : null);
    }

    /// <summary>
    /// Address first, then exact name or alias (DESIGN: the resolver matches addresses before any name): an address
    /// names one mailbox, a display name is whatever the sender typed. A channel or placeholder label is never looked
    /// up, so a note aliased "Zoom" does not capture the app's channel.
    /// </summary>
    private static Entity? Known(Registry registry, string display, string? address) =>
        (address is null ? null : registry.FindByEmail(address))
        ?? (PersonNames.CanBeEntity(display) ? registry.Find(display) : null);

    private static Entity Person(string spelling, string peopleFolder)
    {
        var name = SafeName.For(spelling);
        return new Entity(name, EntityKind.Person, $"{peopleFolder}/{name}/{name}.md");
    }

    /// <summary>The folded first names of a person's name, title and aliases.</summary>
    private static IEnumerable<string> FirstNameKeys(Registry registry, Entity person) =>
        new[] { person.Name, registry.TitleOf(person) }.Concat(registry.AliasesOf(person))
            .Select(PersonNames.FirstName)
            .OfType<string>()
            .Select(SafeName.Key)
            .Distinct(StringComparer.Ordinal);

    /// <summary>A name as mail writes it: "Name &lt;address&gt;", a bare address, or a name alone.</summary>
    private static (string Display, string? Address) Split(string name)
    {
        var trimmed = name.Trim();
        if (!trimmed.Contains('@', StringComparison.Ordinal) || MailboxText.One(trimmed) is not { Address: { } address } mailbox)
        {
            return (trimmed, null);
        }

        return (mailbox.Name == address ? string.Empty : mailbox.Name, address);
    }
}
