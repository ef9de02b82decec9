namespace Distill.Core.Extraction;

/// <summary>
/// A summary of two to five sentences: who discussed which topics, then the sentences that between
/// them cover most of what the meeting talks about — each chosen for the frequent words the ones before
/// it left out, names and products counting double — fillers out, in the order they were said.
/// </summary>
internal static class Summarizer
{
    private const int MinWords = 8;
    private const int MaxWords = 60;
    private const int MaxSentences = 4;
    private const int TopicNames = 10;
    private const int TopicWords = 5;
    private const double NameWeight = 2;

    public static string Summarize(Meeting meeting)
    {
        var topics = Topics.Of(meeting, TopicNames, TopicWords);
        var named = ContentWords.Of(string.Join(' ', meeting.Named));
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var candidates = meeting.Utterances
            .Where(utterance => utterance.Text.AsSpan().Count(' ') + 1 is >= MinWords and <= MaxWords && !utterance.Text.EndsWith('?'))
            .ToList();
        var chosen = new List<Utterance>();
        while (chosen.Count < MaxSentences)
        {
            Utterance? best = null;
            var bestGain = 0.0;
            foreach (var utterance in candidates)
            {
                var gain = Gain(meeting, meeting.Words[utterance.Index], covered, named);
                if (gain > bestGain)
                {
                    (best, bestGain) = (utterance, gain);
                }
            }

            if (best is null)
            {
                break;
            }

            chosen.Add(best);
            candidates.Remove(best);
            covered.UnionWith(meeting.Words[best.Index]);
        }

        var sentences = chosen.OrderBy(utterance => utterance.Index)
            .Select(meeting.Statement)
            .Where(sentence => sentence.Length > 0);
        return string.Join(' ', sentences.Prepend(TopicLine(meeting, topics)).Where(sentence => sentence.Length > 0));
    }

    /// <summary>What a sentence adds: the frequent words not yet covered, weighted by how often the meeting uses them, per word it takes.</summary>
    private static double Gain(Meeting meeting, HashSet<string> words, HashSet<string> covered, HashSet<string> named)
    {
        if (words.Count < 3)
        {
            return 0;
        }

        var gain = 0.0;
        foreach (var word in words)
        {
            var frequency = meeting.Frequency(word);
            if (frequency > 1 && !covered.Contains(word))
            {
                gain += Math.Log(frequency) * (named.Contains(word) ? NameWeight : 1);
            }
        }

        return gain / words.Count;
    }

    private static string TopicLine(Meeting meeting, IReadOnlyList<string> topics)
    {
        if (topics.Count == 0)
        {
            return string.Empty;
        }

        var who = meeting.Participants.Length == 0 ? "The meeting" : Listed(meeting.Participants);
        return $"{who} discussed {Listed(topics)}.";
    }

    private static string Listed(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
