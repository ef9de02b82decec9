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
        // name does not depend on the order they were dropped in; copies of one source, in the order of their paths.
        var dropped = inputs.OfType<PlanInput.Dropped>()
            .GroupBy(input => input.Extraction.Source.Sha256)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.OrderBy(input => input.From, StringComparer.Ordinal).ToList())
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

    /// <summary>Where a note, a source or a rejected file would go, and the names already taken.</summary>
    private sealed class PlanningRun
    {
        private readonly VaultSnapshot snapshot;
        private readonly PlanningOptions options;
        private readonly VaultDraft draft;
        private readonly List<FileChange> moves = [];
        private readonly List<IngestOutcome> outcomes = [];
        private readonly List<Problem> leftAlone = [];
        private readonly Dictionary<string, string> meetingNotes;
        private AliasesFile aliases;
        private bool aliasesChanged;
        private EntityCensus census;
        private Ledger ledger;

        public PlanningRun(VaultSnapshot snapshot, PlanningOptions options, IEnumerable<Extraction.Extraction> incoming)
        {
            this.snapshot = snapshot;
            this.options = options;
            draft = new VaultDraft(snapshot);
            meetingNotes = MeetingNotes(snapshot);
            ledger = Ledger.Of(snapshot);
            aliases = AliasesFile.Of(snapshot.AliasesFile);
            census = EntityCensus.Of(snapshot.Notes.Values, aliases, incoming.Select(extraction => (IReadOnlyList<string>)extraction.Participants), options.Layout, options.Owner);
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
            var sha = copies[0].Extraction.Source.Sha256;
            var known = meetingNotes.GetValueOrDefault(sha);
            var first = 0;
            if (known is null)
            {
                var dropped = copies[0];
                var archive = draft.Claim(ArchiveFolder(dropped.Extraction.Source), Path.GetFileName(dropped.From), sha, extraPath: null);
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
            var detail = LeftAlone(merged);
            var changed = merged.Text != existing.Content;
            if (changed)
            {
                draft.Write(path, merged.Text);
            }

            var entry = ledger.Find(sha);
            ledger = ledger.With(new LedgerEntry(sha, path, entry?.Sources ?? [archived.Path], options.Extractor));
            outcomes.Add(new IngestOutcome(archived.Path, changed ? IngestOutcomeKind.Updated : IngestOutcomeKind.Unchanged, path, detail, detail is not null));
        }

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
            foreach (var (sha, path) in meetingNotes.Where(note => VaultDraft.Folder(note.Value) == from).OrderBy(note => note.Value, StringComparer.Ordinal).ToList())
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
            var shaOf = meetingNotes.ToDictionary(note => note.Value, note => note.Key, StringComparer.Ordinal);
            var moved = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var meeting in census.Meetings.Where(meeting => meeting.Path.StartsWith(meetingsFolder, StringComparison.Ordinal)).ToList())
            {
                var participants = meeting.Participants.Select(name => name.Shown).ToList();
                if (shaOf.TryGetValue(meeting.Path, out var sha)
                    && Counterpart.FromTitle(meeting.Title, options.Owner) is { } counterpart
                    && census.Resolve(counterpart, participants) is { Kind: EntityKind.Person } person
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
            meetingNotes[sha] = to;
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

            var folder = entry is { Sources: [var firstCopy, ..] } ? VaultDraft.Folder(firstCopy) : ArchiveFolder(copy.Extraction.Source);
            var archive = draft.Claim(folder, Path.GetFileName(copy.From), sha, extraPath: null);
            moves.Add(new ArchiveSource(copy.From, archive));
            var note = entry?.Note ?? meetingNotes[sha];
            ledger = ledger.With(new LedgerEntry(sha, note, [.. entry?.Sources ?? [], archive], entry?.Extractor ?? options.Extractor));
            outcomes.Add(new IngestOutcome(copy.From, IngestOutcomeKind.Unchanged, note, "already ingested"));
        }

        private string CreateMeetingNote(Extraction.Extraction extraction, string archive)
        {
            var source = extraction.Source;
            var title = NoteTitle.For(source.Title, extraction.Participants, options.Owner);
            var folder = PrimaryFolder(title, extraction.Participants) ?? $"{options.Layout.Meetings}/{source.Date.Year}";
            var path = draft.Claim(folder, $"{source.Date:yyyy-MM-dd} - {title}.md", source.Sha256, extraPath: null);
            draft.Write(path, RenderMeetingNote(extraction with { Source = source with { Title = title } }, archive));
            meetingNotes[source.Sha256] = path;
            return path;
        }

        private string RenderMeetingNote(Extraction.Extraction extraction, string archive)
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

        /// <summary>The folder of the meeting's primary entity (DESIGN: vault layout): the counterpart of a 1:1.</summary>
        /// <remarks>Judged from the note's title, as <see cref="FileUnderCounterparts"/> judges notes already written, so that a later run agrees.</remarks>
        private string? PrimaryFolder(string title, IReadOnlyList<string> participants) =>
            Counterpart.FromTitle(title, options.Owner) is { } counterpart && census.Resolve(counterpart, participants) is { Kind: EntityKind.Person } person
                ? VaultDraft.Folder(person.NotePath)
                : null;

        private string ArchiveFolder(Source source) => $"{options.Layout.Sources}/{source.Kind switch
        {
            SourceKind.Email => "Email",
            SourceKind.Document => "Documents",
            _ => "Transcripts",
        }}/{source.Date.Year}";

        private string Describe()
        {
            int Count(IngestOutcomeKind kind) => outcomes.Count(outcome => outcome.Kind == kind);
            return $"distill ingest: {Count(IngestOutcomeKind.Created)} created, {Count(IngestOutcomeKind.Updated)} updated, "
                   + $"{moves.OfType<ArchiveSource>().Count()} archived, {Count(IngestOutcomeKind.Failed)} failed";
        }

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
