using System.Collections.Frozen;
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

    /// <summary>
    /// Words long enough to pass for a subject that are the talk around one ("sorry", "didn't", "clear", "several",
    /// "first"): a summary that lists them says nothing. Hand-written: no stop-word list in DEPENDENCIES knows
    /// conversation.
    /// </summary>
    private static readonly FrozenSet<string> TalkWords = ContentWords.WordList(
        "sorry didn't doesn't isn't wasn't aren't haven't hasn't wouldn't couldn't shouldn't won't can't clear first " +
        "point points several added change changes different important question questions start started getting making " +
        "trying talking saying doing coming looking sense happy today tomorrow yesterday again still always never every " +
        "whole might couple already obviously certainly exactly totally absolutely definitely anyway understand " +
        "interesting awesome perfect later earlier based around better least about there where those these their would " +
        "could should which other another maybe things people across bring together course super");

    public static ImmutableArray<string> Of(Meeting meeting, int names, int words)
    {
        var people = meeting.Participants.Concat(meeting.Speakers)
            .SelectMany(person => person.Split(' ').Prepend(person))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = Ranked(meeting.Named.Where(name => !people.Contains(name)))
            .DistinctBy(SameName, StringComparer.Ordinal)
            .Take(names)
            .ToList();
        var namedWords = ContentWords.Of(string.Join(' ', named));
        var used = Ranked(meeting.Utterances.SelectMany(utterance => LongWords(utterance.Text)))
            .Where(word => !TalkWords.Contains(word) && !namedWords.Overlaps(ContentWords.Of(word)))
            .DistinctBy(SameName, StringComparer.Ordinal)
            .Take(words);
        return [.. named, .. used];
    }

    /// <summary>One key for the spellings of one name: "GPU" and "GPUs", "VAST" and "VaST", "Jeff" and "Jeff's", "customer" and "customers".</summary>
    private static string SameName(string name) =>
        string.Join(' ', name.ToLowerInvariant().Replace('’', '\'').Replace("'s", string.Empty, StringComparison.Ordinal).Split(' ')
            .Select(word => word.Length > 2 && word.EndsWith('s') ? word[..^1] : word));

    /// <summary>The lower-case content words of a sentence that are long enough to name a subject, each once.</summary>
    private static HashSet<string> LongWords(string sentence)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var adding = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var match in Word().EnumerateMatches(sentence))
        {
            var word = sentence.AsSpan(match.Index, match.Length);
            if (word.Length >= MinWordLength && char.IsLower(word[0]) && ContentWords.IsContent(word))
            {
                adding.Add(word);
            }
        }

        return words;
    }

    /// <summary>The words capitalised inside a sentence, a run of them as one phrase; "I" and the sentence's first word are not names.</summary>
    public static List<string> Named(string sentence)
    {
        var names = new List<string>();
        var run = new List<string>();
        foreach (var match in Word().EnumerateMatches(sentence))
        {
            var word = sentence.AsSpan(match.Index, match.Length);
            if (match.Index > 0 && char.IsUpper(word[0]) && ContentWords.IsContent(word))
            {
                run.Add(word.ToString());
                continue;
            }

            if (run.Count > 0)
            {
                names.Add(string.Join(' ', run));
                run.Clear();
            }
        }

        if (run.Count > 0)
        {
            names.Add(string.Join(' ', run));
        }

        return names;
    }

    /// <summary>The most frequent first, said twice at least, ties in the order first said.</summary>
    private static IEnumerable<string> Ranked(IEnumerable<string> said)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        foreach (var text in said)
        {
            counts[text] = counts.TryGetValue(text, out var seen) ? (seen.Count + 1, seen.First) : (1, counts.Count);
        }

        return counts.Where(pair => pair.Value.Count > 1)
            .OrderByDescending(pair => pair.Value.Count)
            .ThenBy(pair => pair.Value.First)
            .Select(pair => pair.Key);
    }

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d'’-]*")]
    private static partial Regex Word();
}
