using System.Collections.Immutable;
using Distill.Core.Sources;

namespace Distill.Core.Extraction;

/// <summary>
/// The offline extractor: rules over the cleaned sentences, no model and no network. Each rule proposes
/// candidates with their passages; one merger per field keeps the best and merges repeats.
/// </summary>
public static class RuleExtractor
{
    public const string Name = "rules";

    /// <summary>Recorded in every note's front matter and in the ledger, so <c>ingest --reprocess</c> can tell what wrote a note.</summary>
    public const string Version = "1.0";

    private static readonly ImmutableArray<IExtractionRule> Rules =
    [
        new TaskRule(),
        new DecisionRule(),
        new CueRule(Field.Risk, ItemCues.Risk(), ItemCues.StrongRisk()),
        new CueRule(Field.OpenQuestion, ItemCues.OpenQuestion(), questionsOnly: true),
        new CueRule(Field.Outcome, ItemCues.Outcome(), ItemCues.StrongOutcome()),
        new KeyFactRule(),
    ];

    public static Extraction Extract(Source source, ExtractionOptions options)
    {
        var participants = ParticipantFinder.Find(source, options);
        var meeting = Meeting.Of(source, participants, options);
        var candidates = Rules.SelectMany(rule => rule.Find(meeting)).ToList();
        var tasks = ItemMerger.Strongest(
            ItemMerger.Merge(candidates.Where(candidate => candidate.Field is Field.ActionItem or Field.FollowUp), meeting.Correspondence is null ? ItemMerger.Limit(Field.ActionItem, meeting.WordCount) : ItemMerger.ThreadTasks),
            TaskRule.MaxBehindBest);
        // A promise or a request is a task: said again as a key fact, it would be one thing in two places.
        var tasked = tasks.SelectMany(task => task.Passages).Select(passage => passage.Index).ToHashSet();
        var facts = candidates.Where(candidate => candidate.Field != Field.KeyFact || !candidate.Passages.Any(passage => tasked.Contains(passage.Index)));
        return new Extraction(
            source,
            participants,
            Summarizer.Summarize(meeting),
            Items(meeting, facts, Field.KeyFact),
            Items(meeting, candidates, Field.Outcome),
            Items(meeting, candidates, Field.Decision),
            [.. tasks.Where(task => task.Field == Field.ActionItem).Select(task => Task(meeting, task))],
            [.. tasks.Where(task => task.Field == Field.FollowUp).Select(task => Task(meeting, task))],
            Items(meeting, candidates, Field.Risk),
            Items(meeting, candidates, Field.OpenQuestion),
            MentionFinder.Find(meeting));
    }

    private static ImmutableArray<Item> Items(Meeting meeting, IEnumerable<Candidate> candidates, Field field) =>
        [.. ItemMerger.Merge(candidates.Where(candidate => candidate.Field == field), ItemMerger.Limit(field, meeting.WordCount))
            .Select(candidate => new Item(candidate.Text, Evidence(meeting, candidate)))];

    /// <summary>A task as written; one from an email names its thread's topic, after merging, so the topic does not make tasks alike.</summary>
    private static TaskItem Task(Meeting meeting, Candidate candidate) =>
        new(
            meeting.Correspondence is null ? candidate.Text : TaskPhrasing.About(candidate.Text, meeting.Source.Title),
            Evidence(meeting, candidate),
            candidate.Owner,
            candidate.Due,
            candidate.Priority);

    private static ImmutableArray<Evidence> Evidence(Meeting meeting, Candidate candidate) =>
        [.. candidate.Passages.OrderBy(passage => passage.Index).Select(passage => passage.Evidence(meeting.Grounding))];
}
