using System.Collections.Immutable;
using Distill.Core.Entities;

namespace Distill.Core.Planning;

/// <summary>What <c>distill entities</c> and <c>distill doctor</c> show: the vault's entities as the next run would resolve them.</summary>
public static class EntityReport
{
    /// <summary>Every entity, with the meetings that name it, as the next run would resolve them; the vault owner settles first names as a participant of every meeting.</summary>
    public static ImmutableArray<EntitySummary> List(VaultSnapshot snapshot, VaultLayout layout, string? owner) => List(snapshot, CensusOf(snapshot, layout, owner));

    public static DoctorReport Doctor(VaultSnapshot snapshot, VaultLayout layout, string? owner)
    {
        var census = CensusOf(snapshot, layout, owner);
        var unresolved = census.Meetings
            .SelectMany(meeting => meeting.Participants.Concat(meeting.Mentions).Where(name => census.Resolve(meeting, name) is null).Select(name => name.Shown));
        var entities = List(snapshot, census);
        return new DoctorReport(
            Suspects.Among(census.Resolver.Registry, unresolved),
            DanglingLinks(snapshot, layout),
            [.. entities.Where(entity => entity.Meetings == 1).Select(entity => entity.Name)],
            [.. entities.Select(entity => StaleContact(snapshot, entity)).OfType<StaleContact>()]);
    }

    /// <summary>Each entity with what its note would show: one line of recent context per meeting that names it, and its last contact.</summary>
    private static ImmutableArray<EntitySummary> List(VaultSnapshot snapshot, EntityCensus census)
    {
        var registry = census.Resolver.Registry;
        var records = EntityProjection.Of(census.Meetings, census.Resolve, census.Owner);
        return
        [
            .. registry.Entities.Select(entity =>
            {
                var record = records.GetValueOrDefault(entity.NotePath);
                return new EntitySummary(
                    entity.Name, entity.Kind, entity.NotePath, registry.AliasesOf(entity), registry.EmailsOf(entity),
                    record?.Context.Length ?? 0, record?.LastContact, snapshot.Notes.ContainsKey(entity.NotePath));
            }),
        ];
    }

    private static EntityCensus CensusOf(VaultSnapshot snapshot, VaultLayout layout, string? owner) =>
        EntityCensus.Of(snapshot.Notes.Values, AliasesFile.Of(snapshot.AliasesFile), [], layout, owner);

    private static StaleContact? StaleContact(VaultSnapshot snapshot, EntitySummary entity)
    {
        var written = snapshot.Notes.GetValueOrDefault(entity.Note)?.FrontMatter.Date("last_contact");
        return written == entity.LastContact ? null : new StaleContact(entity.Name, written, entity.LastContact);
    }

    /// <summary>
    /// Links that stock Obsidian cannot follow: no file by that name or path, or no line ending with that block id. The
    /// source folders are skipped: archived sources are kept byte for byte, links or not.
    /// </summary>
    private static ImmutableArray<DanglingLink> DanglingLinks(VaultSnapshot snapshot, VaultLayout layout)
    {
        var sourceFolders = layout.SourceFolders.Select(folder => folder.TrimEnd('/') + "/").ToList();
        var byName = snapshot.Paths.ToLookup(path => SafeName.Key(Path.GetFileNameWithoutExtension(path)), StringComparer.Ordinal);
        var byFileName = snapshot.Paths.ToLookup(path => SafeName.Key(Path.GetFileName(path)), StringComparer.Ordinal);
        var byPath = snapshot.Paths.ToDictionary(SafeName.Key, path => path, StringComparer.Ordinal);
        var blocks = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var dangling = ImmutableArray.CreateBuilder<DanglingLink>();
        foreach (var note in snapshot.Notes.Values.Where(note => !sourceFolders.Any(folder => note.Path.StartsWith(folder, StringComparison.Ordinal))))
        {
            foreach (var link in WikiLink.In(note.Content))
            {
                var target = link.Target.Length == 0 ? note.Path
                    : byPath.GetValueOrDefault(SafeName.Key(link.Target + ".md")) ?? byPath.GetValueOrDefault(SafeName.Key(link.Target))
                    ?? byName[SafeName.Key(link.Target)].FirstOrDefault(path => path.EndsWith(".md", StringComparison.Ordinal))
                    ?? byFileName[SafeName.Key(link.TargetName)].FirstOrDefault();
                var missingBlock = target is not null && link.Block is { } block && !BlocksOf(snapshot, target, blocks).Contains(block);
                if (target is null || missingBlock)
                {
                    dangling.Add(new DanglingLink(note.Path, note.Content.Substring(link.Index, link.Length)));
                }
            }
        }

        return dangling.ToImmutable();
    }

    private static HashSet<string> BlocksOf(VaultSnapshot snapshot, string path, Dictionary<string, HashSet<string>> known)
    {
        if (!known.TryGetValue(path, out var ids))
        {
            ids = [.. (snapshot.Notes.GetValueOrDefault(path)?.Content ?? string.Empty).Split('\n')
                .Select(line => line.TrimEnd())
                .Select(line => line.LastIndexOf('^') is var at and >= 0 && (at == 0 || line[at - 1] == ' ') ? line[(at + 1)..] : null)
                .OfType<string>()
                .Where(id => id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))];
            known[path] = ids;
        }

        return ids;
    }
}
