using System.Collections.Immutable;
using Distill.Core.Cleaning;
using Distill.Core.Entities;
using Distill.Core.Sources;

namespace Distill.Core.Planning;

/// <summary>
/// The Planning stage (DESIGN invariant 5): the vault as it is and the sources of a run → every file the run would
/// create, patch and move. Pure: it reads no disk and no clock, so a dry run is the same plan, printed.
/// </summary>
public static class Planner
{
    public static PlanResult Plan(VaultSnapshot snapshot, IReadOnlyList<PlanInput> inputs, PlanningOptions options)
    {
        var run = new PlanningRun(snapshot, options);
        foreach (var rejected in inputs.OfType<PlanInput.Rejected>().OrderBy(input => input.From, StringComparer.Ordinal))
        {
            run.Reject(rejected);
        }

        foreach (var archived in inputs.OfType<PlanInput.Archived>().OrderBy(input => input.Path, StringComparer.Ordinal))
        {
            run.Regenerate(archived);
        }

        // Sources are taken in the order of their identities, so that which of two clashing meetings keeps the plain
        // name does not depend on the order they were dropped in; copies of one source, in the order of their paths.
        foreach (var copies in inputs.OfType<PlanInput.Dropped>()
                     .GroupBy(input => input.Extraction.Source.Sha256)
                     .OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            run.Ingest([.. copies.OrderBy(input => input.From, StringComparer.Ordinal)]);
        }

        return run.Finish();
    }

    /// <summary>Every source the vault knows, with its note and archived copies.</summary>
    public static IEnumerable<LedgerEntry> KnownSources(VaultSnapshot snapshot) => Ledger.Of(snapshot).Entries.Values;

    /// <summary>Where a note, a source or a rejected file would go, and the names already taken.</summary>
    private sealed class PlanningRun(VaultSnapshot snapshot, PlanningOptions options)
    {
        private readonly List<FileChange> notes = [];
        private readonly List<FileChange> moves = [];
        private readonly List<IngestOutcome> outcomes = [];
        private readonly HashSet<string> taken = [.. snapshot.Paths.Select(PathKey)];
        private readonly Dictionary<string, string> meetingNotes = MeetingNotes(snapshot);
        private Registry registry = Registry.FromNotes(snapshot.Notes.Values);
        private Ledger ledger = Ledger.Of(snapshot);

        public void Reject(PlanInput.Rejected rejected)
        {
            var folder = $"{options.Layout.Failed}/{options.Today:yyyy-MM-dd}";
            var path = Claim(folder, Path.GetFileName(rejected.From), suffix: null, extraPath: name => name + ".reason.txt");
            moves.Add(new RejectSource(rejected.From, path, rejected.Problem.Reason));
            outcomes.Add(new IngestOutcome(rejected.From, IngestOutcomeKind.Failed, null, rejected.Problem.Reason));
        }

        public void Ingest(IReadOnlyList<PlanInput.Dropped> copies)
        {
            var sha = copies[0].Extraction.Source.Sha256;
            var known = meetingNotes.GetValueOrDefault(sha);
            var first = 0;
            if (known is null)
            {
                var dropped = copies[0];
                var archive = Claim(ArchiveFolder(dropped.Extraction.Source), Path.GetFileName(dropped.From), sha, extraPath: null);
                var note = CreateMeetingNote(dropped.Extraction, archive);
                moves.Add(new ArchiveSource(dropped.From, archive));
                ledger = ledger.With(new LedgerEntry(sha, note, [archive], options.Extractor));
                outcomes.Add(new IngestOutcome(dropped.From, IngestOutcomeKind.Created, note, null));
                first = 1;
            }

            foreach (var copy in copies.Skip(first))
            {
                ArchiveBesideFirst(copy);
            }
        }

        public void Regenerate(PlanInput.Archived archived)
        {
            var sha = archived.Extraction.Source.Sha256;
            if (meetingNotes.GetValueOrDefault(sha) is not { } path || !snapshot.Notes.TryGetValue(path, out var existing))
            {
                var note = CreateMeetingNote(archived.Extraction, archived.Path);
                ledger = ledger.With(new LedgerEntry(sha, note, [archived.Path], options.Extractor));
                outcomes.Add(new IngestOutcome(archived.Path, IngestOutcomeKind.Created, note, null));
                return;
            }

            var fresh = RenderMeetingNote(archived.Extraction, archived.Path);
            var merged = NoteMerge.Merge(existing.Content, fresh, options.Regenerate.Contains(path));
            var detail = merged.Conflicts.IsEmpty ? null : $"left alone, edited since Distill wrote them: {string.Join(", ", merged.Conflicts)}";
            var changed = merged.Text != existing.Content;
            if (changed)
            {
                notes.Add(new PatchFile(path, existing.Sha256, merged.Text));
            }

            var entry = ledger.Find(sha);
            ledger = ledger.With(new LedgerEntry(sha, path, entry?.Sources ?? [archived.Path], options.Extractor));
            outcomes.Add(new IngestOutcome(archived.Path, changed ? IngestOutcomeKind.Updated : IngestOutcomeKind.Unchanged, path, detail, detail is not null));
        }

        public PlanResult Finish()
        {
            var ledgerText = ledger.Write();
            var changes = new List<FileChange>(notes);
            if (snapshot.LedgerFile is not { } stored)
            {
                changes.Add(new CreateFile(Ledger.RelativePath, ledgerText));
            }
            else if (stored.Content != ledgerText)
            {
                changes.Add(new PatchFile(Ledger.RelativePath, stored.Sha256, ledgerText));
            }

            if (notes.Count == 0 && moves.Count == 0)
            {
                changes.Clear();
            }

            changes.AddRange(moves);
            return new PlanResult(new ChangePlan([.. changes], Describe()), [.. outcomes]);
        }

        /// <summary>Known content dropped again: no note changes; the file is archived beside the first copy.</summary>
        private void ArchiveBesideFirst(PlanInput.Dropped copy)
        {
            var sha = copy.Extraction.Source.Sha256;
            var entry = ledger.Find(sha);
            if (copy.OutsideVault)
            {
                outcomes.Add(new IngestOutcome(copy.From, IngestOutcomeKind.Unchanged, entry?.Note ?? meetingNotes[sha], "already ingested"));
                return;
            }

            var folder = entry is { Sources: [var firstCopy, ..] } ? Folder(firstCopy) : ArchiveFolder(copy.Extraction.Source);
            var archive = Claim(folder, Path.GetFileName(copy.From), sha, extraPath: null);
            moves.Add(new ArchiveSource(copy.From, archive));
            var note = entry?.Note ?? meetingNotes[sha];
            ledger = ledger.With(new LedgerEntry(sha, note, [.. entry?.Sources ?? [], archive], entry?.Extractor ?? options.Extractor));
            outcomes.Add(new IngestOutcome(copy.From, IngestOutcomeKind.Unchanged, note, "already ingested"));
        }

        private string CreateMeetingNote(Extraction.Extraction extraction, string archive)
        {
            var source = extraction.Source;
            var title = NoteTitle.For(source.Title, extraction.Participants, options.Owner);
            var folder = PrimaryFolder(source) ?? $"{options.Layout.Meetings}/{source.Date.Year}";
            var path = Claim(folder, $"{source.Date:yyyy-MM-dd} - {title}.md", source.Sha256, extraPath: null);
            var content = RenderMeetingNote(extraction with { Source = source with { Title = title } }, archive);
            notes.Add(new CreateFile(path, content));
            meetingNotes[source.Sha256] = path;
            return path;
        }

        private string RenderMeetingNote(Extraction.Extraction extraction, string archive)
        {
            var links = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var participant in extraction.Participants)
            {
                if (PersonFor(participant) is { } person)
                {
                    links[participant] = person.Name;
                }
            }

            foreach (var mention in extraction.Mentions.People.Concat(extraction.Mentions.Projects).Concat(extraction.Mentions.Customers))
            {
                if (!links.ContainsKey(mention) && registry.Find(mention) is { } entity)
                {
                    links[mention] = entity.Name;
                }
            }

            return MeetingNote.Render(extraction, new MeetingNoteContext(
                extraction.Source.Title,
                archive,
                options.Extractor,
                [],
                options.Owner is { } owner ? new VaultOwner(owner, options.OwnerAsMyself ? "@Myself" : null) : null,
                snapshot.ProposedStatus,
                links));
        }

        /// <summary>The participant's entity; a person without a note gets a minimal one, so that every link resolves.</summary>
        private Entity? PersonFor(string name)
        {
            if (registry.Find(name) is { } known)
            {
                return known;
            }

            if (!SpeakerNamer.IsPerson(name))
            {
                return null;
            }

            var folderName = SafeName.For(name);
            var path = Claim($"{options.Layout.People}/{folderName}", $"{folderName}.md", suffix: null, extraPath: null);
            var entity = new Entity(Path.GetFileNameWithoutExtension(path), EntityKind.Person, path);
            notes.Add(new CreateFile(path, EntityNote.Render(entity, name, [], [], null)));
            registry = registry.With(entity, [entity.Name, name]);
            return entity;
        }

        /// <summary>The folder of the meeting's primary entity (DESIGN: vault layout): the counterpart of a 1:1.</summary>
        private string? PrimaryFolder(Source source) =>
            Counterpart.FromTitle(source.Title, options.Owner) is { } counterpart && PersonFor(counterpart) is { } person
                ? Folder(person.NotePath)
                : null;

        private string ArchiveFolder(Source source) => $"{options.Layout.Sources}/{source.Kind switch
        {
            SourceKind.Email => "Email",
            SourceKind.Document => "Documents",
            _ => "Transcripts",
        }}/{source.Date.Year}";

        /// <summary>
        /// A free path for <paramref name="fileName"/> in <paramref name="folder"/>, under a safe name. A name taken
        /// by another file gets a short suffix from the source's identity, never a counter, so it does not depend
        /// on what was ingested before.
        /// </summary>
        private string Claim(string folder, string fileName, string? suffix, Func<string, string>? extraPath)
        {
            var extension = Path.GetExtension(fileName) is { Length: > 1 and <= 9 } ext && ext.Skip(1).All(char.IsAsciiLetterOrDigit) ? ext : string.Empty;
            var stem = SafeName.For(fileName[..^extension.Length]);
            IEnumerable<string> candidates = suffix is null
                ? Enumerable.Range(1, int.MaxValue - 1).Select(n => n == 1 ? stem : $"{stem} ({n})")
                : [stem, .. Enumerable.Range(6, 59).Select(length => $"{stem} ({suffix[..Math.Min(length, suffix.Length)]})")];
            foreach (var candidate in candidates)
            {
                var path = $"{folder}/{candidate}{extension}";
                if (!taken.Contains(PathKey(path)) && (extraPath is null || !taken.Contains(PathKey(extraPath(path)))))
                {
                    taken.Add(PathKey(path));
                    if (extraPath is not null)
                    {
                        taken.Add(PathKey(extraPath(path)));
                    }

                    return path;
                }
            }

            throw new InvalidOperationException($"{folder}/{fileName}: no free name");
        }

        private string Describe()
        {
            int Count(IngestOutcomeKind kind) => outcomes.Count(outcome => outcome.Kind == kind);
            return $"distill ingest: {Count(IngestOutcomeKind.Created)} created, {Count(IngestOutcomeKind.Updated)} updated, "
                   + $"{moves.OfType<ArchiveSource>().Count()} archived, {Count(IngestOutcomeKind.Failed)} failed";
        }

        private static string Folder(string path) => path[..Math.Max(0, path.LastIndexOf('/'))];

        /// <summary>Two paths are one file when they differ only by case or Unicode form, as on macOS and Windows.</summary>
        private static string PathKey(string path) => string.Join('/', path.Split('/').Select(SafeName.Key));

        /// <summary>Meeting notes by the identity of their source, from their front matter: the vault is the truth.</summary>
        private static Dictionary<string, string> MeetingNotes(VaultSnapshot snapshot)
        {
            var bySource = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var note in snapshot.Notes.Values)
            {
                var frontMatter = note.FrontMatter;
                if (frontMatter.Text("type") == "meeting" && frontMatter.Text("source_sha256") is { } sha)
                {
                    bySource.TryAdd(sha, note.Path);
                }
            }

            return bySource;
        }
    }
}
