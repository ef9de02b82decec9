using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Distill.Core.Planning;

/// <summary>
/// <c>.distill/ledger.json</c>: which source identity became which note (DESIGN invariant 1). Derived state: when it
/// is missing or unreadable it is rebuilt from the notes' front matter (<c>source_sha256</c> or <c>thread_id</c>,
/// <c>source</c>, <c>extractor</c>), losing only the list of re-dropped copies.
/// </summary>
public sealed record Ledger(ImmutableSortedDictionary<string, LedgerEntry> Entries)
{
    public const string RelativePath = ".distill/ledger.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static Ledger Empty { get; } = new(ImmutableSortedDictionary<string, LedgerEntry>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The vault's ledger: as stored, else rebuilt from the notes' front matter.</summary>
    public static Ledger Of(VaultSnapshot snapshot) =>
        snapshot.LedgerFile is { } file && Read(file.Content) is { } ledger ? ledger : Rebuild(snapshot.Notes.Values);

    public LedgerEntry? Find(string sha256) => Entries.GetValueOrDefault(sha256);

    public Ledger With(LedgerEntry entry) => new(Entries.SetItem(entry.Sha256, entry));

    /// <summary>The ledger as written to disk: entries sorted by identity, so the same vault gives the same bytes.</summary>
    public string Write() => JsonSerializer.Serialize(new LedgerFile(1, [.. Entries.Values]), Options) + "\n";

    /// <summary>The ledger in <paramref name="text"/>, or null when it cannot be read (then it is rebuilt).</summary>
    public static Ledger? Read(string text)
    {
        try
        {
            var file = JsonSerializer.Deserialize<LedgerFile>(text, Options);
            if (file?.Entries is not { } entries || entries.Any(entry => entry?.Sha256 is null || entry.Note is null || entry.Extractor is null))
            {
                return null;
            }

            return entries.Aggregate(Empty, (ledger, entry) => ledger.With(entry with { Sources = entry.Sources.IsDefault ? [] : entry.Sources }));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Ledger Rebuild(IEnumerable<VaultFile> notes)
    {
        var ledger = Empty;
        foreach (var note in notes)
        {
            var frontMatter = note.FrontMatter;
            if (NoteIdentity.Of(frontMatter) is { } identity && ledger.Find(identity) is null)
            {
                ledger = ledger.With(new LedgerEntry(identity, note.Path, [.. frontMatter.Texts("source")], frontMatter.Text("extractor") ?? "unknown"));
            }
        }

        return ledger;
    }

    private sealed record LedgerFile(int Version, ImmutableArray<LedgerEntry> Entries);
}
