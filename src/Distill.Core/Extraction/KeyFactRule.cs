using System.Text.RegularExpressions;
using Distill.Core.Cleaning;

namespace Distill.Core.Extraction;

/// <summary>
/// Key facts: statements that carry numbers, dates or names ("LS96 offers about 40 Gbps", "Noa manages
/// the major releases"), the more specific the better; questions and talk about the call are not facts.
/// </summary>
internal sealed partial class KeyFactRule : IExtractionRule
{
    private const int MinWords = 7;
    private const int MaxWords = 45;

    public IEnumerable<Candidate> Find(Meeting meeting)
    {
        foreach (var utterance in meeting.Utterances)
        {
            var text = meeting.Said(utterance);
            var words = Sentences.WordCount(text);
            if (words is < MinWords or > MaxWords || text.EndsWith('?') || Chatter().IsMatch(utterance.Text) || Chatter().IsMatch(text))
            {
                continue;
            }

            var numbers = Number().Count(text);
            var names = Name().Count(text);
            if (numbers + names == 0)
            {
                continue;
            }

            var content = meeting.Words[utterance.Index].Count;
            var score = Math.Min(numbers, 3) + (Math.Min(names, 3) * 0.7) + (Math.Min(content, 12) / 6.0);
            yield return new Candidate(Field.KeyFact, meeting.Statement(utterance), score, [utterance]);
        }
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)?\s?(?:%|percent|k\b|m\b|million|billion|thousand|tb|pb|gb|gbps|x\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>A capitalised word inside a sentence: a name, a product, a place.</summary>
    [GeneratedRegex(@"(?<=\s)(?!I\b|I'm\b|I'll\b|I've\b|I'd\b)\p{Lu}[\p{L}\d]+")]
    private static partial Regex Name();

    /// <summary>An opinion or a courtesy ("Hey Priya, thanks for making the time"), whose name is the person greeted, not a fact.</summary>
    [GeneratedRegex(@"^(?:I (?:think|guess|feel|believe|mean)|it's (?:funny|weird|interesting)|that's (?:funny|great|interesting|cool)|hey|hi|hello|good (?:morning|afternoon|evening)|thanks|thank you|bye|nice to (?:meet|see))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chatter();
}
