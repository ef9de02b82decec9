namespace Distill.Core.Extraction;

/// <summary>
/// An extractive summary of two to five sentences: the sentences that say most of what the meeting
/// talks about most (content words weighted by how often the meeting uses them), no two saying the
/// same, in the order they were said.
/// </summary>
internal static class Summarizer
{
    private const int MinWords = 12;
    private const int MaxWords = 60;
    private const int MaxSentences = 5;
    private const double MaxOverlap = 0.3;

    public static string Summarize(Meeting meeting)
    {
        var words = meeting.Words;
        var ranked = meeting.Utterances
            .Select(utterance => (Utterance: utterance, Words: words[utterance.Index]))
            .Where(pair => pair.Utterance.Text.Split(' ').Length is >= MinWords and <= MaxWords && !pair.Utterance.Text.EndsWith('?'))
            .Select(pair => (pair.Utterance, pair.Words, Weight: pair.Words.Where(word => meeting.Frequency(word) > 1).Sum(word => Math.Log(1 + meeting.Frequency(word))) / Math.Pow(pair.Words.Count + 4, 0.3)))
            .OrderByDescending(pair => pair.Weight)
            .ThenBy(pair => pair.Utterance.Index);
        var chosen = new List<(Utterance Utterance, HashSet<string> Words)>();
        foreach (var (utterance, content, _) in ranked)
        {
            if (chosen.Count == MaxSentences)
            {
                break;
            }

            if (chosen.All(other => ContentWords.Overlap(other.Words, content) < MaxOverlap))
            {
                chosen.Add((utterance, content));
            }
        }

        return string.Join(' ', chosen.OrderBy(pair => pair.Utterance.Index).Select(pair => TaskPhrasing.Rewrite(TaskPhrasing.WithoutLeadIn(pair.Utterance.Text), null, null)));
    }
}
