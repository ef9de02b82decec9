using System.Text.RegularExpressions;
using Distill.Core.Cleaning;

namespace Distill.Core.Extraction;

/// <summary>
/// A field whose items are sentences that say so in their words: a decision ("we agreed", "let's go
/// with"), a risk ("I'm worried", "blocker", "if we don't"), an open question ("not clear", "TBD", a
/// question no one answers), an outcome ("to recap", "so the plan is"). The sentence is the item, fillers out.
/// </summary>
internal sealed class CueRule(Field field, Regex cue, Regex? strongCue = null, bool questionsOnly = false) : IExtractionRule
{
    private const int MinWords = 6;

    /// <summary>A question of more words than this is a run-on that ends in a question mark, not a question one could answer.</summary>
    private const int MaxQuestionWords = 40;

    public IEnumerable<Candidate> Find(Meeting meeting)
    {
        foreach (var utterance in meeting.Utterances)
        {
            var text = meeting.Said(utterance);
            if (meeting.Words[utterance.Index].Count < 3
                || (!questionsOnly && !cue.IsMatch(text))
                || Sentences.WordCount(text) < MinWords
                || (questionsOnly && !IsOpenQuestion(meeting, utterance, text)))
            {
                continue;
            }

            var score = 1.0 + (strongCue?.IsMatch(text) == true ? 1.5 : 0) + Math.Min(meeting.Words[utterance.Index].Count, 12) / 12.0;
            yield return new Candidate(field, meeting.Statement(utterance), score, [utterance]);
        }
    }

    /// <summary>A question about the work — a cue phrase, or a real question no one answers at length right after.</summary>
    private bool IsOpenQuestion(Meeting meeting, Utterance utterance, string text)
    {
        if (cue.IsMatch(text))
        {
            return true;
        }

        if (!ItemCues.IsRealQuestion(text)
            || ItemCues.AskedAsQuestion().IsMatch(text)
            || meeting.Words[utterance.Index].Count < 4
            || Sentences.WordCount(text) > MaxQuestionWords)
        {
            return false;
        }

        // The answer is what the next person to speak says in reply, not whatever anyone says next.
        var after = meeting.Utterances.Skip(utterance.Index + 1).Take(3).SkipWhile(next => next.Speaker == utterance.Speaker).ToList();
        var answer = after.TakeWhile(next => next.Speaker == after[0].Speaker);
        return after.Count == 0 || answer.Sum(next => next.Text.AsSpan().Count(' ') + 1) < 12;
    }
}
