using Distill.Core.Cleaning;

namespace Distill.Core.Extraction;

/// <summary>
/// Decisions: sentences that settle what the team will do ("so we'll go with the rubber case", "let's not bother
/// with the chip", "we're having push buttons"). A meeting settles most of what it decides in its last part, so a
/// decision said there weighs more; each one cites where its subject is said again, since a choice is proposed in
/// one place and confirmed or recapped in another.
/// </summary>
internal sealed class DecisionRule : IExtractionRule
{
    private const int MinWords = 6;

    /// <summary>A run-on longer than this is talk around a choice, not the choice.</summary>
    private const int MaxWords = 40;

    /// <summary>Where a meeting's last part starts, as a share of its sentences.</summary>
    private const double LastPart = 0.6;

    private const double StrongCueWeight = 1.5;
    private const double LastPartWeight = 1.0;

    /// <summary>Content words a sentence must share with a decision to say the same subject again.</summary>
    private const int MinSharedWords = 2;

    private const int MaxRestatements = 2;

    /// <summary>A shorter passage ("Rubber case.") shows too little to be evidence.</summary>
    private const int MinRestatementWords = 3;

    /// <summary>The most of a meeting's sentences a specific word may appear in.</summary>
    private const double MaxShareOfSpecificWord = 0.05;

    /// <summary>A word said in this few sentences is specific however short the meeting.</summary>
    private const int FewSentences = 3;

    private const int MinContentWords = 2;

    /// <summary>A sentence with this many content words says its subject fully; fewer weigh less.</summary>
    private const double FullContentWords = 12;

    public IEnumerable<Candidate> Find(Meeting meeting)
    {
        var lastPart = (int)(meeting.Utterances.Length * LastPart);
        foreach (var utterance in meeting.Utterances)
        {
            // The cue must be in the sentence as said, the hedges it allows included ("we'll probably just go with"): a
            // settled choice is said plainly ("we um decided" is not), and only such a sentence is worth rewriting.
            var text = meeting.Said(utterance);
            var words = Sentences.WordCount(text);
            if (words is < MinWords or > MaxWords
                || text.EndsWith('?')
                || meeting.Words[utterance.Index].Count < MinContentWords
                || !ItemCues.Decision().IsMatch(text))
            {
                continue;
            }

            // The item's own words, after the rewrite shortens a long sentence, must still say what was settled.
            var decision = meeting.Statement(utterance);
            var cue = ItemCues.Decision().Match(decision);
            if (!cue.Success || ItemCues.Undecided().IsMatch(decision.AsSpan(0, cue.Index)))
            {
                continue;
            }

            var score = 1.0
                + (ItemCues.StrongDecision().IsMatch(text) ? StrongCueWeight : 0)
                + (utterance.Index >= lastPart ? LastPartWeight : 0)
                + (Math.Min(meeting.Words[utterance.Index].Count, FullContentWords) / FullContentWords);
            yield return new Candidate(Field.Decision, decision, score, [utterance, .. Restatements(meeting, utterance)]);
        }
    }

    /// <summary>
    /// The last sentences of the meeting, other than the decision, that share at least <see cref="MinSharedWords"/> of its
    /// specific words: where its subject is said for the last time, confirmed or recapped.
    /// </summary>
    private static List<Utterance> Restatements(Meeting meeting, Utterance decision)
    {
        var subject = meeting.Words[decision.Index].Where(word => IsSpecific(meeting, word)).ToHashSet(StringComparer.Ordinal);
        var restatements = new List<Utterance>(MaxRestatements);
        for (var index = meeting.Utterances.Length - 1; index >= 0 && restatements.Count < MaxRestatements; index--)
        {
            var other = meeting.Utterances[index];
            if (index != decision.Index
                && SharedWords(meeting.Words[index], subject) >= MinSharedWords
                && Sentences.WordCount(other.Text) >= MinRestatementWords)
            {
                restatements.Add(other);
            }
        }

        return restatements;
    }

    private static int SharedWords(HashSet<string> words, HashSet<string> subject)
    {
        var shared = 0;
        foreach (var word in words)
        {
            shared += subject.Contains(word) ? 1 : 0;
        }

        return shared;
    }

    /// <summary>A word that names a subject, not the meeting's theme: one most sentences leave out ("rubber", not "remote").</summary>
    private static bool IsSpecific(Meeting meeting, string word) =>
        meeting.Frequency(word) <= Math.Max(FewSentences, meeting.Utterances.Length * MaxShareOfSpecificWord);
}
