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
        var archived = inputs.OfType<PlanInput.Archived>().OrderBy(input => input.Path, StringComparer.Ordinal).ToList();

        // Sources are taken in the order of their identities, so that which of two clashing meetings keeps the plain
        // name does not depend on the order they were dropped in; exports of one source, the longest first (the one
        // that tells the most of a thread), then in the order of their paths.
        var dropped = inputs.OfType<PlanInput.Dropped>()
            .GroupBy(input => input.Extraction.Source.Identity)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group
                .OrderByDescending(input => MessageCount(input.Extraction.Source))
                .ThenBy(input => input.Extraction.Source.Sha256, StringComparer.Ordinal)
                .ThenBy(input => input.From, StringComparer.Ordinal)
                .ToList())
            .ToList();
        var incoming = archived.Select(input => input.Extraction).Concat(dropped.Select(copies => copies[0].Extraction));
        var run = new PlanningRun(snapshot, options, incoming);
        foreach (var rejected in inputs.OfType<PlanInput.Rejected>().OrderBy(input => input.From, StringComparer.Ordinal))
        {
            run.Reject(rejected);
        }

        foreach (var input in archived)
        {
            run.Regenerate(input);
        }

        foreach (var copies in dropped)
        {
            run.Ingest(copies);
        }

        return run.Finish();
    }

    /// <summary>
    /// <c>distill merge FROM INTO</c>: FROM becomes an alias of INTO in <c>.distill/aliases.yaml</c>; FROM's note goes,
    /// its own text carried into INTO's; every link to FROM points at INTO; the meetings filed under FROM move under
    /// INTO; every entity note is recomputed.
    /// </summary>
    public static MergeResult Merge(VaultSnapshot snapshot, string from, string into, PlanningOptions options)
    {
        var run = new PlanningRun(snapshot, options, []);
        return run.Merge(from, into) is { } problem
            ? new MergeResult(ChangePlan.Empty, problem)
            : new MergeResult(run.Finish().Plan with { Description = $"distill merge: {from} into {into}" }, null);
    }

    /// <summary>Every source the vault knows, with its note and archived copies.</summary>
    public static IEnumerable<LedgerEntry> KnownSources(VaultSnapshot snapshot) => Ledger.Of(snapshot).Entries.Values;

    /// <summary>A source's participants, each with the address its thread gives for them, so that the resolver matches the address first.</summary>
    private static IReadOnlyList<string> WithAddresses(IEnumerable<string> participants, Dictionary<string, string> addresses) =>
        [.. participants.Select(name => addresses.TryGetValue(name, out var address) ? $"{name} <{address}>" : name)];

    /// <summary>The address an email thread gives for each name it writes; empty for other sources.</summary>
    private static Dictionary<string, string> AddressesOf(Source source) =>
        source.Email?.People.Where(person => person.Address is not null).DistinctBy(person => person.Name, StringComparer.Ordinal)
            .ToDictionary(person => person.Name, person => person.Address!, StringComparer.Ordinal) ?? [];

    /// <summary>How many messages an export of a thread holds; 0 for other sources.</summary>
    private static int MessageCount(Source source) => source.Email?.Messages.Length ?? 0;

    /// <summary>Where a note, a source or a rejected file would go, and the names already taken.</summary>
    private sealed class PlanningRun
    {
        private readonly VaultSnapshot snapshot;
        private readonly PlanningOptions options;
        private readonly VaultDraft draft;
        private readonly List<FileChange> moves = [];
        private readonly List<IngestOutcome> outcomes = [];
        private readonly List<Problem> leftAlone = [];
        private readonly Dictionary<string, string> sourceNotes;
        private AliasesFile aliases;
        private bool aliasesChanged;
        private EntityCensus census;
        private Ledger ledger;

        public PlanningRun(VaultSnapshot snapshot, PlanningOptions options, IEnumerable<Extraction.Extraction> incoming)
        {
            this.snapshot = snapshot;
            this.options = options;
            draft = new VaultDraft(snapshot);
            sourceNotes = SourceNotes(snapshot);
            ledger = Ledger.Of(snapshot);
            aliases = AliasesFile.Of(snapshot.AliasesFile);
            var sources = incoming.ToList();
            census = EntityCensus.Of(snapshot.Notes.Values, aliases, sources.Select(extraction => WithAddresses(extraction.Participants, AddressesOf(extraction.Source))), options.Layout, options.Owner);
            foreach (var extraction in sources.Where(extraction => extraction.Source.Email is not null))
            {
                census = census.WithEmails(extraction.Source.Email!, extraction.Participants);
            }
        }

        public void Reject(PlanInput.Rejected rejected)
        {
            var folder = $"{options.Layout.Failed}/{options.Today:yyyy-MM-dd}";
            var path = draft.Claim(folder, Path.GetFileName(rejected.From), suffix: null, extraPath: name => name + ".reason.txt");
            moves.Add(new RejectSource(rejected.From, path, rejected.Problem.Reason));
            outcomes.Add(new IngestOutcome(rejected.From, IngestOutcomeKind.Failed, null, rejected.Problem.Reason));
        }

        public void Ingest(List<PlanInput.Dropped> copies)
        {
            var newest = copies[0];
            var identity = newest.Extraction.Source.Identity;
            var first = 1;
            if (sourceNotes.GetValueOrDefault(identity) is not { } known)
            {
                var archive = draft.Claim(ArchiveFolder(newest.Extraction.Source), Path.GetFileName(newest.From), identity, extraPath: null);
                var note = CreateNote(newest.Extraction, archive);
                moves.Add(new ArchiveSource(newest.From, archive));
                ledger = ledger.With(new LedgerEntry(identity, note, [archive], options.Extractor));
                outcomes.Add(new IngestOutcome(newest.From, IngestOutcomeKind.Created, note, null));
            }
            else if (TellsMore(newest.Extraction.Source, known))
            {
                Update(newest, known);
            }
            else
            {
                first = 0;
            }

            foreach (var copy in copies.Skip(first))
            {
                ArchiveBesideFirst(copy);
            }
        }

        public void Regenerate(PlanInput.Archived archived)
        {
            var identity = archived.Extraction.Source.Identity;
            if (sourceNotes.GetValueOrDefault(identity) is not { } path || !snapshot.Notes.ContainsKey(path))
            {
                var note = CreateNote(archived.Extraction, archived.Path);
                ledger = ledger.With(new LedgerEntry(identity, note, [archived.Path], options.Extractor));
                outcomes.Add(new IngestOutcome(archived.Path, IngestOutcomeKind.Created, note, null));
                return;
            }

            var changed = Rewrite(path, archived.Extraction, archived.Path, out var detail);
            var entry = ledger.Find(identity);
            ledger = ledger.With(new LedgerEntry(identity, path, entry?.Sources ?? [archived.Path], options.Extractor));
            outcomes.Add(new IngestOutcome(archived.Path, changed ? IngestOutcomeKind.Updated : IngestOutcomeKind.Unchanged, path, detail, detail is not null));
        }

        /// <summary>
        /// A later export of a known thread, with more messages: its note is written again from it, keeping what the
        /// user edited and the name first seen; the export is archived and becomes the copy the note is read from.
        /// </summary>
        private void Update(PlanInput.Dropped export, string path)
        {
            var identity = export.Extraction.Source.Identity;
            var entry = ledger.Find(identity);
            var folder = entry is { Sources: [var latest, ..] } ? VaultDraft.Folder(latest) : ArchiveFolder(export.Extraction.Source);
            var archive = draft.Claim(folder, Path.GetFileName(export.From), export.Extraction.Source.Sha256, extraPath: null);
            Rewrite(path, export.Extraction, archive, out var detail);
            moves.Add(new ArchiveSource(export.From, archive));
            ledger = ledger.With(new LedgerEntry(identity, path, [archive, .. entry?.Sources ?? []], options.Extractor));
            outcomes.Add(new IngestOutcome(export.From, IngestOutcomeKind.Updated, path, detail, detail is not null));
        }

        /// <summary>The note at <paramref name="path"/> written again from <paramref name="extraction"/>, its user's edits kept; whether it changed.</summary>
        private bool Rewrite(string path, Extraction.Extraction extraction, string archive, out string? leftAloneDetail)
        {
            var existing = draft.Content(path) ?? string.Empty;
            var merged = NoteMerge.Merge(existing, RenderNote(NamedByAddress(extraction), archive), options.Regenerate.Contains(path));
            leftAloneDetail = LeftAlone(merged);
            if (merged.Text == existing)
            {
                return false;
            }

            draft.Write(path, merged.Text);
            return true;
        }

        /// <summary>Whether <paramref name="source"/> is an export of a thread with more messages than the note at <paramref name="path"/> was written from.</summary>
        private bool TellsMore(Source source, string path) =>
            source.Email is { } thread && draft.File(path) is { } note && thread.Messages.Length > (note.FrontMatter.Number("messages") ?? 0);

        /// <returns>Why the merge cannot be made, or null.</returns>
        public string? Merge(string from, string into)
        {
            var registry = census.Resolver.Registry;
            var target = registry.Find(into);
            if (target is null && !PersonNames.IsFullName(into))
            {
                return $"{into}: no entity by that name, and not a person's full name";
            }

            var source = registry.Find(from);
            if (source is not null && target is not null && source.NotePath == target.NotePath)
            {
                return $"{from}: already a name of {target.Name}";
            }

            var canonical = target is null ? into : registry.TitleOf(target);
            var names = source is null ? [from] : new[] { from, source.Name, registry.TitleOf(source) }.Concat(registry.AliasesOf(source));
            aliases = names.Aggregate(aliases, (file, name) => file.With(canonical, name));
            aliasesChanged = true;
            var intoName = target?.Name ?? SafeName.For(into);
            target ??= new Entity(intoName, EntityKind.Person, $"{options.Layout.People}/{intoName}/{intoName}.md");
            var retargets = names.Select(SafeName.Key).Distinct().ToDictionary(key => key, _ => intoName, StringComparer.Ordinal);
            if (source is not null)
            {
                foreach (var (moved, now) in MoveFolderNotes(VaultDraft.Folder(source.NotePath), VaultDraft.Folder(target.NotePath)))
                {
                    retargets[SafeName.Key(Path.GetFileNameWithoutExtension(moved))] = Path.GetFileNameWithoutExtension(now);
                }

                RemoveEntityNote(source, target, canonical);
            }

            RetargetLinks(retargets);
            census = EntityCensus.Of(draft.Notes, aliases, [[into]], options.Layout, options.Owner);
            return null;
        }

        public PlanResult Finish()
        {
            var scope = ProjectEntities();
            var changes = draft.Changes().ToList();
            if (aliasesChanged)
            {
                AddStateFile(changes, snapshot.AliasesFile, AliasesFile.RelativePath, aliases.Write());
            }

            if (changes.Count > 0 || moves.Count > 0)
            {
                AddStateFile(changes, snapshot.LedgerFile, Ledger.RelativePath, ledger.Write());
            }

            changes.AddRange(moves);
            var cache = snapshot.Cache is null ? null : scope.Next(draft.Notes, draft.Wrote);
            return new PlanResult(new ChangePlan([.. changes], Describe()), [.. outcomes], [.. leftAlone], cache);
        }

        /// <summary>
        /// Every entity note recomputed from every meeting of the vault as the plan leaves it (DESIGN invariant 4), but
        /// those the note cache shows nothing changed for (<see cref="EntityScope"/>); one that comes out as it was is
        /// not written.
        /// </summary>
        /// <returns>Which entities were recomputed, and from what: the note cache the run leaves is made from it.</returns>
        private EntityScope ProjectEntities()
        {
            FileUnderCounterparts();
            var now = census.Over(draft.Notes);
            var scope = new EntityScope(snapshot.Cache, now, draft.Notes, options.Regenerate);
            var records = EntityProjection.Of(now.Meetings, scope.ShareOf, now.Owner, scope.Entities is null ? null : scope.Includes);
            var registry = now.Resolver.Registry;
            foreach (var entity in registry.Entities.Where(entity => scope.Includes(entity.NotePath)))
            {
                var fresh = EntityNote.Render(entity, registry.TitleOf(entity), registry.AliasesOf(entity), registry.EmailsOf(entity), records.GetValueOrDefault(entity.NotePath));
                if (draft.Content(entity.NotePath) is { } existing)
                {
                    if (existing == fresh)
                    {
                        continue;
                    }

                    var merged = NoteMerge.Merge(existing, fresh, options.Regenerate.Contains(entity.NotePath));
                    if (LeftAlone(merged) is { } detail)
                    {
                        leftAlone.Add(new Problem(entity.NotePath, detail));
                    }

                    if (merged.Text != existing)
                    {
                        draft.Write(entity.NotePath, merged.Text);
                    }
                }
                else if (!draft.IsTaken(entity.NotePath))
                {
                    draft.Write(entity.NotePath, fresh);
                }
            }

            return scope;
        }

        /// <summary>The meeting notes filed in <paramref name="from"/> moved into <paramref name="into"/>, each with its old and new path.</summary>
        private List<(string From, string To)> MoveFolderNotes(string from, string into)
        {
            var moved = new List<(string From, string To)>();
            foreach (var (sha, path) in sourceNotes.Where(note => VaultDraft.Folder(note.Value) == from).OrderBy(note => note.Value, StringComparer.Ordinal).ToList())
            {
                if (MoveMeetingNote(sha, path, into) is { } to)
                {
                    moved.Add((path, to));
                }
            }

            return moved;
        }

        /// <summary>
        /// The meeting notes still in the meetings folder whose 1:1 counterpart is now a known person (an alias added,
        /// a merge, a later meeting that named them in full) move under that person (DESIGN: vault layout).
        /// </summary>
        private void FileUnderCounterparts()
        {
            var meetingsFolder = options.Layout.Meetings + "/";
            var shaOf = sourceNotes.ToDictionary(note => note.Value, note => note.Key, StringComparer.Ordinal);
            var moved = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var meeting in census.Meetings.Where(meeting => meeting.Path.StartsWith(meetingsFolder, StringComparison.Ordinal)).ToList())
            {
                if (shaOf.TryGetValue(meeting.Path, out var sha)
                    && PrimaryPerson(meeting.Type, meeting.Title, [.. meeting.Participants.Select(name => name.Shown)]) is { } person
                    && MoveMeetingNote(sha, meeting.Path, VaultDraft.Folder(person.NotePath)) is { } to
                    && Path.GetFileNameWithoutExtension(to) != meeting.Name)
                {
                    moved[SafeName.Key(meeting.Name)] = Path.GetFileNameWithoutExtension(to);
                }
            }

            // Links name a note by its file name, which a move keeps unless the name is taken where it goes.
            if (moved.Count > 0)
            {
                RetargetLinks(moved);
            }
        }

        /// <summary>A meeting note moved into <paramref name="folder"/>, its ledger entry following; its new path, or null when there is no note.</summary>
        private string? MoveMeetingNote(string sha, string path, string folder)
        {
            if (draft.Content(path) is not { } content)
            {
                return null;
            }

            var to = draft.Claim(folder, Path.GetFileName(path), sha, extraPath: null);
            draft.Remove(path);
            draft.Write(to, content);
            sourceNotes[sha] = to;
            if (ledger.Find(sha) is { } entry)
            {
                ledger = ledger.With(entry with { Note = to });
            }

            return to;
        }

        /// <summary>Every link whose target's file name is a key of <paramref name="targets"/> pointed at its value, across the vault.</summary>
        private void RetargetLinks(Dictionary<string, string> targets)
        {
            foreach (var note in draft.Notes.ToList())
            {
                var retargeted = LinkRetarget.Apply(note.Content, link => targets.GetValueOrDefault(SafeName.Key(link.TargetName)));
                if (retargeted != note.Content)
                {
                    draft.Write(note.Path, retargeted);
                }
            }
        }

        /// <summary>FROM's note goes; what the user wrote in it outside Distill's regions is kept at the end of INTO's note.</summary>
        private void RemoveEntityNote(Entity source, Entity into, string intoTitle)
        {
            if (draft.Content(source.NotePath) is not { } content)
            {
                return;
            }

            draft.Remove(source.NotePath);
            var own = NoteBody.Parse(NoteText.Split(content).Body).Parts.OfType<OutsideText>().Select(part => part.Text);
            var text = string.Join('\n', string.Concat(own).Split('\n').Where(line => !line.StartsWith("# ", StringComparison.Ordinal))).Trim();
            if (text.Length == 0)
            {
                return;
            }

            var intoNote = draft.Content(into.NotePath) ?? EntityNote.Render(into, intoTitle, [], [], null);
            draft.Write(into.NotePath, $"{intoNote.TrimEnd('\n')}\n\n## From {MarkdownText.Inline(source.Name)}\n{text}\n");
        }

        /// <summary>What a merge kept of the user's, said once for meeting and entity notes alike; null when nothing.</summary>
        private static string? LeftAlone(MergedNote merged) =>
            merged.Conflicts.IsEmpty ? null : $"left alone, edited since Distill wrote them: {string.Join(", ", merged.Conflicts)}";

        private static void AddStateFile(List<FileChange> changes, VaultFile? stored, string path, string text)
        {
            if (stored is null)
            {
                changes.Add(new CreateFile(path, text));
            }
            else if (stored.Content != text)
            {
                changes.Add(new PatchFile(path, stored.Sha256, text));
            }
        }

        /// <summary>A known source dropped again, or an export of a thread that tells no more: no note changes; the file is archived beside the copy the note was written from.</summary>
        private void ArchiveBesideFirst(PlanInput.Dropped copy)
        {
            var source = copy.Extraction.Source;
            var entry = ledger.Find(source.Identity);
            var note = entry?.Note ?? sourceNotes[source.Identity];
            if (copy.OutsideVault)
            {
                outcomes.Add(new IngestOutcome(copy.From, IngestOutcomeKind.Unchanged, note, "already ingested"));
                return;
            }

            var folder = entry is { Sources: [var firstCopy, ..] } ? VaultDraft.Folder(firstCopy) : ArchiveFolder(source);
            var archive = draft.Claim(folder, Path.GetFileName(copy.From), source.Sha256, extraPath: null);
            moves.Add(new ArchiveSource(copy.From, archive));
            ledger = ledger.With(new LedgerEntry(source.Identity, note, [.. entry?.Sources ?? [], archive], entry?.Extractor ?? options.Extractor));
            outcomes.Add(new IngestOutcome(copy.From, IngestOutcomeKind.Unchanged, note, "already ingested"));
        }

        private string CreateNote(Extraction.Extraction given, string archive)
        {
            var extraction = NamedByAddress(given);
            var source = extraction.Source;
            var title = source.Kind == SourceKind.Transcript ? NoteTitle.For(source.Title, extraction.Participants, options.Owner) : source.Title;
            var folder = PrimaryFolder(source.Kind, title, extraction.Participants) ?? $"{options.Layout.Meetings}/{source.Date.Year}";
            var path = draft.Claim(folder, $"{source.Date:yyyy-MM-dd} - {title}.md", source.Identity, extraPath: null);
            draft.Write(path, RenderNote(extraction with { Source = source with { Title = title } }, archive));
            sourceNotes[source.Identity] = path;
            return path;
        }

        /// <summary>The note's text; <paramref name="extraction"/>'s names already as <see cref="NamedByAddress"/> writes them.</summary>
        private string RenderNote(Extraction.Extraction extraction, string archive)
        {
            var links = new Dictionary<string, string>(StringComparer.Ordinal);
            var mentions = extraction.Mentions;
            foreach (var name in extraction.Participants.Concat(mentions.People).Concat(mentions.Projects).Concat(mentions.Customers))
            {
                if (!links.ContainsKey(name) && census.Resolve(name, extraction.Participants) is { } entity)
                {
                    links[name] = entity.Name;
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

        /// <summary>
        /// The extraction with each participant whom only the address the thread gives resolves written as that
        /// entity's name: the note keeps names, not addresses, and a later run must resolve it the same way (DESIGN
        /// invariant 4).
        /// </summary>
        private Extraction.Extraction NamedByAddress(Extraction.Extraction extraction)
        {
            var addresses = AddressesOf(extraction.Source);
            if (addresses.Count == 0)
            {
                return extraction;
            }

            var participants = WithAddresses(extraction.Participants, addresses);
            string Named(string name) =>
                addresses.TryGetValue(name, out var address)
                && census.Resolve($"{name} <{address}>", participants) is { } entity
                && census.Resolve(name, participants) != entity
                    ? census.Resolver.Registry.TitleOf(entity)
                    : name;
            return extraction with { Participants = [.. extraction.Participants.Select(Named).Distinct(StringComparer.Ordinal)] };
        }

        private string? PrimaryFolder(SourceKind kind, string title, IReadOnlyList<string> participants) =>
            PrimaryPerson(MeetingNote.TypeOf(kind), title, participants) is { } person
                ? VaultDraft.Folder(person.NotePath)
                : null;

        /// <summary>
        /// The person a note is filed under (DESIGN: vault layout): the counterpart of a 1:1 meeting, named by its title,
        /// or the one other party of a thread between the vault owner and them. Judged from what the note itself keeps,
        /// as <see cref="FileUnderCounterparts"/> judges notes already written, so that a later run agrees.
        /// </summary>
        private Entity? PrimaryPerson(string type, string title, IReadOnlyList<string> participants)
        {
            var counterpart = type switch
            {
                "meeting" => Counterpart.FromTitle(title, options.Owner),
                "email" when census.Owner is { } owner && participants.Count == 2 =>
                    participants.SingleOrDefault(name => census.Resolve(name, participants) != owner),
                _ => null,
            };
            return counterpart is not null && census.Resolve(counterpart, participants) is { Kind: EntityKind.Person } person && person != census.Owner ? person : null;
        }

        private string ArchiveFolder(Source source) => $"{options.Layout.Sources}/{KindFolder.Of(source.Kind)}/{source.Date.Year}";

        private string Describe()
        {
            int Count(IngestOutcomeKind kind) => outcomes.Count(outcome => outcome.Kind == kind);
            return $"distill ingest: {Count(IngestOutcomeKind.Created)} created, {Count(IngestOutcomeKind.Updated)} updated, "
                   + $"{moves.OfType<ArchiveSource>().Count()} archived, {Count(IngestOutcomeKind.Failed)} failed";
        }

        /// <summary>Meeting, email and document notes by the identity of their source, from their front matter: the vault is the truth.</summary>
        private static Dictionary<string, string> SourceNotes(VaultSnapshot snapshot)
        {
            var bySource = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var note in snapshot.Notes.Values)
            {
                if (NoteIdentity.Of(note.FrontMatter) is { } identity)
                {
                    bySource.TryAdd(identity, note.Path);
                }
            }

            return bySource;
        }
    }
}
