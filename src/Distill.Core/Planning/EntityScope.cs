using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Distill.Core.Planning;

/// <summary>
/// Which entity notes a run recomputes, the meeting shares (<see cref="MeetingShare"/>) it folds them from, and the note
/// cache it leaves. With a cache whose registry is the run's (the same <see cref="NoteCache.SignatureOf"/>): the entities
/// that a note changed, added or removed since the cache added to before or adds to now, any entity note itself changed,
/// the vault owner's, and those the user asked to regenerate. Every other entity's record is folded from the same shares
/// of the same meetings as when its note was last planned, so it would come out as it is. Otherwise every entity, as
/// without a cache (DESIGN invariant 4).
/// </summary>
internal sealed class EntityScope
{
    private readonly EntityCensus census;
    private readonly string signature;
    private readonly NoteCache? usable;
    private readonly Dictionary<string, VaultFile> notes;
    private readonly Dictionary<string, MeetingShare> shares = new(StringComparer.Ordinal);

    /// <param name="cache">The note cache as the scan found it; null when the run keeps none.</param>
    /// <param name="census">The meetings of the vault as the plan leaves it, entity notes not yet written.</param>
    /// <param name="notes">The notes of the vault as the plan leaves it, entity notes not yet written.</param>
    /// <param name="regenerate">The notes whose edited regions the user asked to replace.</param>
    public EntityScope(NoteCache? cache, EntityCensus census, IEnumerable<VaultFile> notes, IEnumerable<string> regenerate)
    {
        ArgumentNullException.ThrowIfNull(census);
        this.census = census;
        this.notes = notes.ToDictionary(note => note.Path, StringComparer.Ordinal);
        signature = NoteCache.SignatureOf(census.Resolver.Registry, census.Owner);
        usable = cache?.Signature == signature ? cache : null;
        Entities = usable is null ? null : Affected(usable, regenerate);
    }

    /// <summary>The note paths of the entities to recompute; null for every entity.</summary>
    public ImmutableHashSet<string>? Entities { get; }

    public bool Includes(string notePath) => Entities?.Contains(notePath) ?? true;

    /// <summary>What <paramref name="meeting"/> adds to entity records: as the cache remembers it when the note is as remembered, else resolved now.</summary>
    public MeetingShare ShareOf(MeetingDigest meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (!shares.TryGetValue(meeting.Path, out var share))
        {
            share = (usable is null ? null : notes.GetValueOrDefault(meeting.Path)?.Remembered?.Share)
                ?? EntityProjection.Share(meeting, census.Resolve, census.Owner);
            shares[meeting.Path] = share;
        }

        return share;
    }

    /// <summary>
    /// The cache the run leaves, for the vault as the plan leaves it (<paramref name="final"/>). A note the run writes has
    /// no stamp yet: the next run reads it and knows it by its hash, so a write the applier refused is no hidden change.
    /// </summary>
    public NoteCache Next(IEnumerable<VaultFile> final, Func<string, bool> written)
    {
        ArgumentNullException.ThrowIfNull(final);
        ArgumentNullException.ThrowIfNull(written);
        var cached = ImmutableSortedDictionary.CreateBuilder<string, CachedNote>(StringComparer.Ordinal);
        foreach (var note in final)
        {
            var digest = census.DigestOf(note);
            var share = digest is null ? null : ShareOf(digest);
            cached[note.Path] = written(note.Path)
                ? new CachedNote(null, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(note.Content))), CachedFrontMatter.Of(note.FrontMatter), digest, share)
                : new CachedNote(note.Stamp, note.Sha256, note.Remembered?.FrontMatter ?? CachedFrontMatter.Of(note.FrontMatter), digest, share);
        }

        return new NoteCache(signature, cached.ToImmutable());
    }

    private ImmutableHashSet<string> Affected(NoteCache cache, IEnumerable<string> regenerate)
    {
        var entities = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        entities.UnionWith(regenerate);
        if (census.Owner is { } owner)
        {
            entities.Add(owner.NotePath);
        }

        void Changed(string path, MeetingShare? before, MeetingDigest? now)
        {
            entities.Add(path);
            var after = now is null ? null : ShareOf(now);
            entities.UnionWith((before?.Entities ?? []).Concat(after?.Entities ?? []).Select(entity => entity.NotePath));
        }

        foreach (var note in notes.Values.Where(note => note.Remembered is null))
        {
            Changed(note.Path, cache.Notes.GetValueOrDefault(note.Path)?.Share, census.DigestOf(note));
        }

        foreach (var (path, gone) in cache.Notes.Where(pair => !notes.ContainsKey(pair.Key)))
        {
            Changed(path, gone.Share, null);
        }

        return entities.ToImmutable();
    }
}
