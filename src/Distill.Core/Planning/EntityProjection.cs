using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Distill.Core.Entities;

namespace Distill.Core.Planning;

/// <summary>
/// Every entity note's generated content, recomputed from every meeting note in the vault at once (DESIGN invariant 4):
/// the same notes give the same records whatever order they come in, a note gone from the vault is gone from every
/// record, and a name counts the same whether the note writes it as a link or as plain text, because every name,
/// linked or not, is resolved by the caller's resolver.
/// </summary>
internal static class EntityProjection
{
    public const int MaxCollaborators = 10;

    /// <summary>What the local recording channel is called when no owner is configured (<see cref="Cleaning.CleaningOptions.LocalSpeaker"/>).</summary>
    private const string LocalChannel = "Me";

    /// <summary>The longest run of capitalised words tried as one name ("Maneesh Sah", "Jean Paul Sartre").</summary>
    private const int MaxNameWords = 3;

    /// <summary>How a fact in the first person starts: its subject is whoever said it.</summary>
    private static readonly FrozenSet<string> FirstPerson = FrozenSet.Create(
        StringComparer.Ordinal, "I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll", "My", "Me");

    /// <param name="meetings">The digests of every meeting, email and document note in the vault.</param>
    /// <param name="resolve">The entity a name stands for in that meeting, or null.</param>
    /// <param name="vaultOwner">The vault owner's entity: who <c>@Myself</c> is, and who says "I" on the local channel.</param>
    /// <returns>The record of every entity something was found for, by its note's path.</returns>
    public static ImmutableDictionary<string, EntityRecord> Of(IReadOnlyList<MeetingDigest> meetings, Func<MeetingDigest, NameRef, Entity?> resolve, Entity? vaultOwner)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return Of(meetings, meeting => Share(meeting, resolve, vaultOwner), vaultOwner, include: null);
    }

    /// <summary>
    /// The records folded from each meeting's share (<see cref="Share"/>), newest meeting first. Only the records of the
    /// entities <paramref name="include"/> accepts, by note path, are made (all when it is null), and a meeting that adds
    /// nothing to them is passed over: a record depends on the meetings that add to it and on no others.
    /// </summary>
    public static ImmutableDictionary<string, EntityRecord> Of(
        IReadOnlyList<MeetingDigest> meetings, Func<MeetingDigest, MeetingShare> shareOf, Entity? vaultOwner, Func<string, bool>? include)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(shareOf);
        var records = new Dictionary<string, RecordBuilder>(StringComparer.Ordinal);
        RecordBuilder? For(Entity entity) =>
            include is not null && !include(entity.NotePath) ? null
            : records.TryGetValue(entity.NotePath, out var record) ? record
            : records[entity.NotePath] = new RecordBuilder(entity.Kind);

        var ordered = meetings
            .OrderByDescending(meeting => meeting.Date)
            .ThenBy(meeting => meeting.Path, StringComparer.Ordinal)
            .DistinctBy(meeting => meeting.Path, StringComparer.Ordinal);
        foreach (var meeting in ordered)
        {
            var share = shareOf(meeting);
            var entities = share.Entities;
            if (include is not null && !entities.Any(entity => include(entity.NotePath)))
            {
                continue;
            }

            for (var i = 0; i < share.Present; i++)
            {
                For(entities[i])?.Meet(meeting, isParticipant: i < share.Participants);
            }

            var people = entities.Take(share.Participants).Where(entity => entity.Kind == EntityKind.Person && entity.NotePath != vaultOwner?.NotePath).ToList();
            foreach (var person in people)
            {
                For(person)?.WorkWith(people.Where(other => other.NotePath != person.NotePath));
            }

            for (var i = 0; i < meeting.Facts.Length; i++)
            {
                if (share.FactSubjects[i] >= 0)
                {
                    For(entities[share.FactSubjects[i]])?.Facts.Add(Line(meeting, meeting.Facts[i]));
                }
            }

            for (var i = 0; i < meeting.Decisions.Length; i++)
            {
                foreach (var entity in share.Decisions[i])
                {
                    For(entities[entity])?.Decisions.Add(Line(meeting, meeting.Decisions[i]));
                }
            }

            var blockers = Blockers(meeting);
            for (var i = 0; i < blockers.Count; i++)
            {
                foreach (var entity in share.Blockers[i])
                {
                    For(entities[entity])?.Blockers.Add(Line(meeting, blockers[i]));
                }
            }

            var tasks = OpenTasks(meeting);
            for (var i = 0; i < tasks.Count; i++)
            {
                var (task, taskShare) = (tasks[i], share.Tasks[i]);
                var owner = taskShare.Owner >= 0 ? entities[taskShare.Owner] : null;
                var open = new OpenTask(meeting.Date, meeting.Name, task.Id, task.Text, owner?.Name ?? task.Owner?.Shown, task.Due, task.Priority);
                if (owner is not null)
                {
                    For(owner)?.Owes.Add(open);
                }

                foreach (var entity in taskShare.OwedTo)
                {
                    For(entities[entity])?.OwedTo.Add(open);
                }
            }
        }

        return records.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.Build(), StringComparer.Ordinal);
    }

    /// <summary>What <paramref name="meeting"/> adds to the records of the entities it names, its names resolved by <paramref name="resolve"/>.</summary>
    public static MeetingShare Share(MeetingDigest meeting, Func<MeetingDigest, NameRef, Entity?> resolve, Entity? vaultOwner)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var names = new MeetingNames(meeting, resolve, vaultOwner);
        var entities = new List<Entity>();
        int IndexOf(Entity entity)
        {
            var index = entities.FindIndex(known => known.NotePath == entity.NotePath);
            if (index < 0)
            {
                entities.Add(entity);
                index = entities.Count - 1;
            }

            return index;
        }

        ImmutableArray<int> Indexes(IEnumerable<Entity> named) => [.. named.Select(IndexOf)];

        var participants = Distinct(meeting.Participants.Select(names.Resolve));
        var present = Distinct(participants.Concat(meeting.Mentions.Select(names.Resolve)));
        Indexes(present);
        ImmutableArray<int> factSubjects = [.. meeting.Facts.Select(fact => names.SubjectOf(fact) is { } subject ? IndexOf(subject) : -1)];
        ImmutableArray<ImmutableArray<int>> decisions =
            [.. meeting.Decisions.Select(decision => Indexes(Distinct(participants.Concat(names.Named(decision.Text, decision.Names)))))];
        ImmutableArray<ImmutableArray<int>> blockers =
            [.. Blockers(meeting).Select(blocker => Indexes(names.Named(blocker.Text, blocker.Names).Where(entity => entity.Kind != EntityKind.Person)))];
        ImmutableArray<TaskShare> tasks =
        [
            .. OpenTasks(meeting).Select(task =>
            {
                var owner = task.OwnerIsVaultOwner ? vaultOwner : task.Owner is { } written ? names.Resolve(written) : null;
                var owedTo = names.Named(task.Text, task.Names).Where(entity => entity.NotePath != owner?.NotePath);
                return new TaskShare(owner is null ? -1 : IndexOf(owner), Indexes(owedTo));
            }),
        ];
        return new MeetingShare([.. entities], participants.Count, present.Count, factSubjects, decisions, blockers, tasks);
    }

    /// <summary>Lower case, letters and digits, single spaces: two lines that differ only in case, spacing or punctuation are one.</summary>
    public static string Normalised(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                normalised.Append(char.ToLowerInvariant(c));
            }
            else if (normalised.Length > 0 && normalised[^1] != ' ')
            {
                normalised.Append(' ');
            }
        }

        return normalised.ToString().TrimEnd();
    }

    private static NoteLine Line(MeetingDigest meeting, DigestItem item) => new(meeting.Date, meeting.Name, item.Anchor, item.Text);

    private static List<DigestItem> Blockers(MeetingDigest meeting) => [.. meeting.Risks.Concat(meeting.Questions)];

    private static List<DigestTask> OpenTasks(MeetingDigest meeting) => [.. meeting.Tasks.Where(task => task.IsOpen)];

    private static List<Entity> Distinct(IEnumerable<Entity?> entities) =>
        [.. entities.OfType<Entity>().DistinctBy(entity => entity.NotePath, StringComparer.Ordinal)];

    /// <summary>The names of one meeting, each resolved by the caller's resolver, which remembers what it resolved (<see cref="EntityCensus"/>).</summary>
    private sealed class MeetingNames(MeetingDigest meeting, Func<MeetingDigest, NameRef, Entity?> resolve, Entity? vaultOwner)
    {
        public Entity? Resolve(NameRef name) => resolve(meeting, name);

        /// <summary>
        /// Whom a fact is about: the speaker when it is in the first person, else the entity the name it starts with
        /// stands for. "We", "they", "he" and a sentence that starts otherwise are about nobody in particular.
        /// </summary>
        public Entity? SubjectOf(DigestItem fact)
        {
            var words = Words(fact.Text);
            if (words.Count == 0)
            {
                return null;
            }

            if (FirstPerson.Contains(words[0].Written.TrimEnd(',', ';', ':')))
            {
                return fact.Speaker is not { } speaker ? null
                    : Resolve(new NameRef(speaker, null)) ?? (speaker == LocalChannel ? vaultOwner : null);
            }

            if (!fact.Names.IsEmpty && IsPrefix(fact.Text, fact.Names[0].Shown) && Resolve(fact.Names[0]) is { } linked)
            {
                return linked;
            }

            return NameAt(words, 0) is ({ } entity, _) ? entity : null;
        }

        /// <summary>The entities a line names, as links or as plain capitalised words, each once, in order.</summary>
        public List<Entity> Named(string text, ImmutableArray<NameRef> links)
        {
            var words = Words(text);
            var plain = new List<Entity?>();
            for (var i = 0; i < words.Count;)
            {
                var (entity, length) = NameAt(words, i);
                plain.Add(entity);
                i += Math.Max(length, 1);
            }

            return Distinct(links.Select(Resolve).Concat(plain));
        }

        /// <summary>The longest run of capitalised words from <paramref name="start"/> that resolves, and its length in words.</summary>
        private (Entity? Entity, int Length) NameAt(List<Word> words, int start)
        {
            var run = 0;
            while (start + run < words.Count && run < MaxNameWords && words[start + run].IsCapitalised && (run == 0 || !words[start + run].OpensRun))
            {
                run++;
                if (words[start + run - 1].ClosesRun)
                {
                    break;
                }
            }

            for (var length = run; length > 0; length--)
            {
                var name = string.Join(' ', words.Skip(start).Take(length).Select(word => word.Core));
                if (Resolve(new NameRef(name, null)) is { } entity)
                {
                    return (entity, length);
                }
            }

            return (null, 0);
        }

        private static bool IsPrefix(string text, string name) =>
            name.Length > 0 && text.StartsWith(name, StringComparison.Ordinal) && (text.Length == name.Length || !char.IsLetterOrDigit(text[name.Length]));

        private static List<Word> Words(string text) =>
            [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word.Of)];
    }

    /// <summary>
    /// A word of a line: as written, and its core without surrounding punctuation or a possessive "'s". Punctuation
    /// before it starts a new run of name words, after it ends one ("Jai, Maneesh" is two names).
    /// </summary>
    private sealed record Word(string Written, string Core, bool OpensRun, bool ClosesRun)
    {
        public bool IsCapitalised => Core.Length > 0 && char.IsUpper(Core[0]);

        public static Word Of(string written)
        {
            var start = 0;
            while (start < written.Length && !char.IsLetterOrDigit(written[start]))
            {
                start++;
            }

            var core = written[start..];
            foreach (var possessive in (string[])["'s", "’s"])
            {
                core = core.EndsWith(possessive, StringComparison.Ordinal) ? core[..^possessive.Length] : core;
            }

            var end = core.Length;
            while (end > 0 && !char.IsLetterOrDigit(core[end - 1]))
            {
                end--;
            }

            return new Word(written, core[..end], start > 0, start + end < written.Length);
        }
    }

    /// <summary>One entity's lines while the meetings are read, newest first; a line whose text was seen already is dropped.</summary>
    private sealed class RecordBuilder(EntityKind kind)
    {
        private readonly Dictionary<string, int> collaborators = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Entity> people = new(StringComparer.Ordinal);
        private readonly ImmutableArray<MeetingLine>.Builder context = ImmutableArray.CreateBuilder<MeetingLine>();
        private DateOnly? lastContact;
        private MeetingLine? status;

        public Lines<NoteLine> Facts { get; } = new(line => line.Text);

        public Lines<OpenTask> Owes { get; } = new(task => task.Text);

        public Lines<OpenTask> OwedTo { get; } = new(task => task.Text);

        public Lines<NoteLine> Decisions { get; } = new(line => line.Text);

        public Lines<NoteLine> Blockers { get; } = new(line => line.Text);

        /// <summary>Meetings come newest first, so the first one seen is the last contact and the status.</summary>
        public void Meet(MeetingDigest meeting, bool isParticipant)
        {
            var line = new MeetingLine(meeting.Date, meeting.Name, meeting.Title, meeting.Summary);
            context.Add(line);
            if (isParticipant || kind != EntityKind.Person)
            {
                lastContact ??= meeting.Date;
            }

            if (kind != EntityKind.Person && status is null && meeting.Summary.Length > 0)
            {
                status = line;
            }
        }

        public void WorkWith(IEnumerable<Entity> others)
        {
            foreach (var other in others)
            {
                people.TryAdd(other.NotePath, other);
                collaborators[other.NotePath] = collaborators.GetValueOrDefault(other.NotePath) + 1;
            }
        }

        public EntityRecord Build() => new(
            lastContact,
            status,
            Facts.ToImmutable(),
            Owes.ToImmutable(),
            OwedTo.ToImmutable(),
            Decisions.ToImmutable(),
            Blockers.ToImmutable(),
            context.ToImmutable(),
            [.. collaborators
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => people[pair.Key].Name, StringComparer.Ordinal)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Take(MaxCollaborators)
                .Select(pair => new Collaborator(people[pair.Key], pair.Value))]);
    }

    /// <summary>Lines in the order they are added, each text once (<see cref="Normalised"/>).</summary>
    private sealed class Lines<T>(Func<T, string> textOf)
    {
        private readonly HashSet<string> seen = new(StringComparer.Ordinal);
        private readonly ImmutableArray<T>.Builder lines = ImmutableArray.CreateBuilder<T>();

        public void Add(T line)
        {
            if (seen.Add(Normalised(textOf(line))))
            {
                lines.Add(line);
            }
        }

        public ImmutableArray<T> ToImmutable() => lines.ToImmutable();
    }
}
