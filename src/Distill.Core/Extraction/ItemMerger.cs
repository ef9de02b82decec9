using System.Collections.Immutable;

namespace Distill.Core.Extraction;

/// <summary>
/// From all candidates of a field, the best few a reader needs: near-identical ones merged into one
/// item with each passage as evidence (the reference wrote the same action twice), weak ones kept only
/// as passages of a firm one they repeat, the strongest kept up to a number that grows with the
/// meeting's length, then put back in the order they were said.
/// </summary>
internal static class ItemMerger
{
    /// <summary>Two items whose content words overlap this much say the same thing.</summary>
    private const double SameItem = 0.6;

    private const int MaxPassages = 3;

    public static ImmutableArray<Candidate> Merge(IEnumerable<Candidate> candidates, int limit)
    {
        var kept = new List<(Candidate Candidate, HashSet<string> Words)>();
        foreach (var candidate in candidates.OrderByDescending(candidate => candidate.Firm).ThenByDescending(candidate => candidate.Score).ThenBy(candidate => candidate.Passages[0].Index))
        {
            var words = ContentWords.Of(candidate.Text);
            var same = kept.FindIndex(other => ContentWords.Overlap(other.Words, words) >= SameItem);
            if (same >= 0)
            {
                var merged = kept[same].Candidate;
                if (merged.Passages.Length < MaxPassages)
                {
                    kept[same] = (merged with { Passages = merged.Passages.Add(candidate.Passages[0]) }, kept[same].Words);
                }
            }
            else if (kept.Count < limit && candidate.Firm)
            {
                kept.Add((candidate, words));
            }
        }

        return [.. kept.Select(pair => pair.Candidate).OrderBy(candidate => candidate.Passages.Min(passage => passage.Index))];
    }

    /// <summary>The merged items no more than <paramref name="maxBehindBest"/> behind the best one, in the order they were said.</summary>
    public static ImmutableArray<Candidate> Strongest(ImmutableArray<Candidate> merged, double maxBehindBest)
    {
        var best = merged.IsEmpty ? 0 : merged.Max(candidate => candidate.Score);
        return [.. merged.Where(candidate => candidate.Score >= best - maxBehindBest)];
    }

    /// <summary>
    /// How many tasks a thread gets at most, whatever its length: a long thread is long with quoted history and
    /// signatures, not with more asks.
    /// </summary>
    public const int ThreadTasks = 8;

    /// <summary>How many items of a field a meeting of <paramref name="words"/> words gets at most.</summary>
    public static int Limit(Field field, int words) => field switch
    {
        Field.ActionItem or Field.FollowUp => Math.Clamp(4 + (words / 1000), 4, 14),
        Field.KeyFact => Math.Clamp(6 + (words / 1500), 6, 14),
        Field.Decision => Math.Clamp(3 + (words / 1500), 3, 8),
        Field.Outcome => Math.Clamp(2 + (words / 4000), 2, 5),
        Field.Risk => Math.Clamp(3 + (words / 3000), 3, 7),
        Field.OpenQuestion => Math.Clamp(3 + (words / 2500), 3, 8),
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}
