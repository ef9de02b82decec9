using System.Collections.Immutable;
using System.Text;
using Distill.Core.Entities;

namespace Distill.Core.Planning;

/// <summary>
/// What the last ingest knew of every note, kept in <c>.distill/</c> as derived state: by vault path, the stamp and hash
/// of the bytes it read, their front matter and digest, and each meeting's share of the entity records under the
/// registry whose <see cref="Signature"/> it keeps. A note whose stamp is unchanged is not read, one whose bytes hash the
/// same is not parsed, and the entity notes no changed note adds to are not recomputed (<see cref="EntityScope"/>).
/// Without one every note is read and every entity recomputed, with the same result.
/// </summary>
public sealed class NoteCache
{
    internal NoteCache(string? signature, IReadOnlyDictionary<string, CachedNote> notes)
    {
        Signature = signature;
        Notes = notes;
    }

    /// <summary>No note remembered: a run reads every note, and leaves a cache behind.</summary>
    public static NoteCache Empty { get; } = new(null, ImmutableSortedDictionary<string, CachedNote>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The signature (<see cref="SignatureOf"/>) of the registry the shares were worked out with; null when there are none.</summary>
    internal string? Signature { get; }

    /// <summary>By vault path; written in the order of the paths.</summary>
    internal IReadOnlyDictionary<string, CachedNote> Notes { get; }

    /// <summary>What the cache holds for the note at <paramref name="path"/>, when its stamp says it has not changed since.</summary>
    internal CachedNote? Unchanged(string path, NoteStamp stamp) =>
        Notes.TryGetValue(path, out var note) && note.Stamp == stamp ? note : null;

    /// <summary>What the cache holds for the note at <paramref name="path"/>, when it remembers these very bytes.</summary>
    internal CachedNote? SameBytes(string path, string sha256) =>
        Notes.TryGetValue(path, out var note) && note.Sha256 == sha256 ? note : null;

    /// <summary>
    /// Everything a name's resolution depends on, hashed: each entity's note, name, kind, title, aliases and addresses, the
    /// names and addresses that find it, and the vault owner. Two runs with one signature resolve every name alike.
    /// </summary>
    internal static string SignatureOf(Registry registry, Entity? owner)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var text = new StringBuilder();
        void Field(string value) => text.Append(value.Length).Append(':').Append(value);
        void Fields(ICollection<string> values)
        {
            text.Append(values.Count).Append('#');
            foreach (var value in values)
            {
                Field(value);
            }
        }

        foreach (var (path, entry) in registry.ByNote)
        {
            Fields([path, entry.Entity.Name, entry.Entity.Kind.ToString(), registry.TitleOf(entry.Entity)]);
            Fields(entry.Aliases);
            Fields(entry.Emails);
        }

        foreach (var keys in (IEnumerable<KeyValuePair<string, Entity>>[])[registry.ByName, registry.ByEmail])
        {
            Fields([.. keys.SelectMany(pair => new[] { pair.Key, pair.Value.NotePath })]);
        }

        Field(owner?.NotePath ?? string.Empty);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
