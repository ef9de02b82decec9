using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Distill.Core.Extraction;

/// <summary>
/// What a meeting is about in a few words: the names, products and places it mentions most (words
/// capitalised inside a sentence, runs of them as one phrase: "NVIDIA Dynamo"), then the longer words it
/// uses most. A summary written by hand names these; a sentence picked from the talk rarely does.
/// </summary>
internal static partial class Topics
{
    /// <summary>Shorter words are mostly function words and talk ("make", "take", "back") rather than subject matter.</summary>
    private const int MinWordLength = 5;

    public static ImmutableArray<string> Of(Meeting meeting, int names, int words)
    {
        var people = meeting.Participants.Concat(meeting.Speakers)
            .SelectMany(person => person.Split(' ').Prepend(person))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = Ranked(meeting.Utterances.SelectMany(utterance => Named(utterance.Text)).Where(name => !people.Contains(name)), names);
        var namedWords = ContentWords.Of(string.Join(' ', named));
        var used = Ranked(
            meeting.Utterances.SelectMany(utterance => Word().Matches(utterance.Text).Select(match => match.Value)
                .Where(word => word.Length >= MinWordLength && char.IsLower(word[0]) && ContentWords.Of(word).Count == 1)
                .Distinct(StringComparer.Ordinal))
            .Where(word => !namedWords.Overlaps(ContentWords.Of(word))),
            words);
        return [.. named, .. used];
    }

    /// <summary>The words capitalised inside a sentence, a run of them as one phrase; "I" and the sentence's first word are not names.</summary>
    public static IEnumerable<string> Named(string sentence)
    {
        var run = new List<string>();
        foreach (Match word in Word().Matches(sentence))
        {
            if (word.Index > 0 && char.IsUpper(word.Value[0]) && word.Value.Length > 1 && ContentWords.Of(word.Value).Count == 1)
            {
                run.Add(word.Value);
                continue;
            }

            if (run.Count > 0)
            {
                yield return string.Join(' ', run);
                run.Clear();
            }
        }

        if (run.Count > 0)
        {
            yield return string.Join(' ', run);
        }
    }

    /// <summary>The most frequent, said twice at least, ties in the order first said.</summary>
    private static List<string> Ranked(IEnumerable<string> said, int count) =>
        said.Select((text, order) => (Text: text, Order: order))
            .GroupBy(pair => pair.Text, StringComparer.Ordinal)
            .Select(group => (group.Key, Count: group.Count(), First: group.First().Order))
            .Where(group => group.Count > 1)
            .OrderByDescending(group => group.Count)
            .ThenBy(group => group.First)
            .Take(count)
            .Select(group => group.Key)
            .ToList();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d'’-]*")]
    private static partial Regex Word();
}
