using System.Collections.Immutable;
using Distill.Core.Entities;
using Distill.Core.Sources.Email;

namespace Distill.Core.Planning;

/// <summary>
/// Who every meeting of the vault is with and about: each meeting note read back (<see cref="MeetingDigest"/>) and every
/// name in it resolved against the whole registry at once (DESIGN invariant 4), so what a run concludes does not
/// depend on the order sources were ingested in.
/// </summary>
internal sealed class EntityCensus
{
    /// <summary>Each meeting's names as resolved so far, and the participants that settle its first names: the projection asks for the same names many times.</summary>
    private readonly Dictionary<MeetingDigest, (Dictionary<string, Entity?> Entities, ImmutableArray<string> Participants)> resolved = new(ReferenceEqualityComparer.Instance);

    /// <summary>The digest of each note read, by the note it was read from, so that notes a run leaves alone are read once.</summary>
    private readonly IReadOnlyDictionary<VaultFile, MeetingDigest?> read;

    private EntityCensus(Resolver resolver, IReadOnlyDictionary<VaultFile, MeetingDigest?> read, ImmutableArray<MeetingDigest> meetings, Entity? owner)
    {
        Resolver = resolver;
        this.read = read;
        Meetings = meetings;
        Owner = owner;
    }

    public Resolver Resolver { get; }

    public ImmutableArray<MeetingDigest> Meetings { get; }

    /// <summary>The vault owner's entity, when the configuration names one.</summary>
    public Entity? Owner { get; }

    /// <summary>
    /// The census of <paramref name="notes"/>. <paramref name="incoming"/>: the participants of sources about to become
    /// notes, so that their names count as much as those of the notes already written.
    /// </summary>
    public static EntityCensus Of(
        IEnumerable<VaultFile> notes, AliasesFile aliases, IEnumerable<IReadOnlyList<string>> incoming, VaultLayout layout, string? owner)
    {
        var all = notes.ToList();
        var read = Read(all, new Dictionary<VaultFile, MeetingDigest?>(ReferenceEqualityComparer.Instance));
        var meetings = Digests(all, read);
        var registry = Registry.FromVault(all, aliases);
        IEnumerable<IReadOnlyList<string>> names = meetings.Select(meeting => (IReadOnlyList<string>)[.. meeting.Participants.Select(name => name.Shown)]);
        var resolver = Resolver.For(registry, names.Concat(incoming).Concat(owner is null ? [] : [[owner]]), layout.People);
        return new EntityCensus(resolver, read, meetings, owner is null ? null : resolver.Resolve(owner, []));
    }

    /// <summary>
    /// The census with the addresses a thread gave for the people it names, for their notes' <c>emails:</c> and for
    /// every later name that comes with an address.
    /// </summary>
    public EntityCensus WithEmails(EmailThread thread, IReadOnlyList<string> participants) =>
        new(Resolver.WithEmails(thread.People.Where(person => person.Address is not null).Select(person => (person.Name, person.Address!)), [.. participants, .. OwnerName]), read, Meetings, Owner);

    /// <summary>The same names resolved the same way, over the meetings of <paramref name="notes"/>: the vault as the plan leaves it.</summary>
    public EntityCensus Over(IEnumerable<VaultFile> notes)
    {
        var all = notes.ToList();
        var now = Read(all, read);
        return new EntityCensus(Resolver, now, Digests(all, now), Owner);
    }

    /// <summary>The digest of <paramref name="note"/>: as read for the census when it is one of its notes, else read now.</summary>
    public MeetingDigest? DigestOf(VaultFile note) => read.TryGetValue(note, out var digest) ? digest : Digest(note);

    /// <summary>Each note's digest: the one <paramref name="known"/> holds for it, else read now, on every core.</summary>
    private static Dictionary<VaultFile, MeetingDigest?> Read(List<VaultFile> notes, IReadOnlyDictionary<VaultFile, MeetingDigest?> known)
    {
        var digests = notes.AsParallel().AsOrdered()
            .Select(note => known.TryGetValue(note, out var digest) ? digest : Digest(note))
            .ToList();
        var all = new Dictionary<VaultFile, MeetingDigest?>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < notes.Count; i++)
        {
            all[notes[i]] = digests[i];
        }

        return all;
    }

    /// <summary>The note cache's digest when the note is as it remembers it, else the note's text read.</summary>
    private static MeetingDigest? Digest(VaultFile note) => note.Remembered is { } remembered ? remembered.Digest : MeetingDigest.Parse(note);

    private static ImmutableArray<MeetingDigest> Digests(List<VaultFile> notes, Dictionary<VaultFile, MeetingDigest?> read) =>
        [.. notes.Select(note => read[note]).OfType<MeetingDigest>()];

    /// <summary>The entity <paramref name="name"/> stands for in <paramref name="meeting"/>, whose participants (and the vault owner, who records every meeting) settle a first name.</summary>
    public Entity? Resolve(MeetingDigest meeting, NameRef name)
    {
        if (!resolved.TryGetValue(meeting, out var names))
        {
            names = (new Dictionary<string, Entity?>(StringComparer.Ordinal), [.. meeting.Participants.Select(participant => participant.Shown), .. OwnerName]);
            resolved[meeting] = names;
        }

        if (!names.Entities.TryGetValue(name.Shown, out var entity))
        {
            entity = Resolver.Resolve(name.Shown, names.Participants);
            names.Entities[name.Shown] = entity;
        }

        return entity;
    }

    /// <summary>The entity <paramref name="name"/> stands for among <paramref name="participants"/> of a source not yet written.</summary>
    public Entity? Resolve(string name, IReadOnlyList<string> participants) =>
        Resolver.Resolve(name, [.. participants, .. OwnerName]);

    private IEnumerable<string> OwnerName => Owner is null ? [] : [Owner.Name];
}
