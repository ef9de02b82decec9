using System.Text;
using Distill.Core.Sources;

namespace Distill.Core.Cleaning;

/// <summary>
/// Collapses the loops speech recognizers fall into on silence: a phrase said again and again
/// ("it's, it's, it's, …", "You You You You") and a sentence repeated over and over in one segment.
/// The first saying stays; each repeat is recorded as a removal of its own.
/// </summary>
internal sealed class LoopCollapser : ICleaningStep
{
    /// <summary>A single word said four times running is a loop; "very, very, very" is still speech.</summary>
    private const int MinWordRepeats = 4;

    /// <summary>A phrase of two words or more said three times running is a loop.</summary>
    private const int MinPhraseRepeats = 3;

    private const int LongestPhrase = 16;

    /// <summary>The key of a token with no letters or digits ("-", "..."), which never starts a loop.</summary>
    private const long NoWord = 0;

    /// <summary>A sentence said this often within one segment is a loop even with other sentences between.</summary>
    private const int MinSentenceRepeats = 3;

    /// <summary>Sentences shorter than this ("Yeah.", "Thank you.") are repeated in real talk.</summary>
    private const int MinSentenceWords = 4;

    public Source Apply(Source source, CleaningOptions options)
    {
        var removals = source.Removals.ToBuilder();
        var segments = source.Segments.Select(segment =>
        {
            var removed = new List<string>();
            var text = CollapseRepeatedSentences(CollapsePhrases(segment.Text, removed), removed);
            removals.AddRange(removed.Select(repeat => new Removal(RemovalKind.Loop, segment.Line, repeat)));
            return removed.Count == 0 ? segment : segment with { Text = text };
        });
        return source with { Segments = [.. segments], Removals = removals.ToImmutable() };
    }

    internal static string CollapsePhrases(string text, List<string> removed)
    {
        var (starts, keys) = Tokens(text);
        if (keys.Length < Math.Min(MinWordRepeats, MinPhraseRepeats * 2))
        {
            return text;
        }

        // Token i is text[starts[i]..starts[i + 1]]: a word with the punctuation and space after it.
        StringBuilder? output = null;
        var copied = 0;
        var index = 0;
        while (index < keys.Length)
        {
            var (length, repeats) = LoopAt(keys, index);
            if (repeats == 0)
            {
                index++;
                continue;
            }

            output ??= new StringBuilder(text.Length);
            var loopEnd = index + (length * (repeats + 1));
            output.Append(text, copied, starts[index + length] - copied);
            for (var copy = 1; copy <= repeats; copy++)
            {
                var copyStart = starts[index + (length * copy)];
                removed.Add(text[copyStart..starts[index + (length * (copy + 1))]].Trim());
            }

            copied = starts[loopEnd];
            index = loopEnd;
        }

        return output is null ? text : output.Append(text, copied, text.Length - copied).ToString().TrimEnd();
    }

    /// <summary>The shortest phrase that repeats often enough at <paramref name="index"/>, and how many copies to drop.</summary>
    private static (int Length, int Repeats) LoopAt(long[] keys, int index)
    {
        if (keys[index] == NoWord)
        {
            return (0, 0);
        }

        for (var length = 1; length <= LongestPhrase && index + (length * 2) <= keys.Length; length++)
        {
            var copies = 1;
            while (index + ((copies + 1) * length) <= keys.Length && SamePhrase(keys, index, index + (copies * length), length))
            {
                copies++;
            }

            var needed = length == 1 ? MinWordRepeats : MinPhraseRepeats;
            if (copies >= needed)
            {
                return (length, copies - 1);
            }
        }

        return (0, 0);
    }

    private static bool SamePhrase(long[] keys, int first, int second, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (keys[first + i] != keys[second + i])
            {
                return false;
            }
        }

        return true;
    }

    internal static string CollapseRepeatedSentences(string text, List<string> removed)
    {
        var sentences = Sentences.Ranges(text);
        if (sentences.Count < MinSentenceRepeats)
        {
            return text;
        }

        var fingerprints = sentences.Select(sentence => Fingerprints.Sentence(text.AsSpan()[sentence])).ToList();
        var counts = new Dictionary<long, int>();
        foreach (var (hash, words) in fingerprints)
        {
            if (words >= MinSentenceWords)
            {
                counts[hash] = counts.GetValueOrDefault(hash) + 1;
            }
        }

        if (!counts.Values.Any(count => count >= MinSentenceRepeats))
        {
            return text;
        }

        var seen = new HashSet<long>();
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < sentences.Count; i++)
        {
            var hash = fingerprints[i].Hash;
            if (counts.GetValueOrDefault(hash) >= MinSentenceRepeats && !seen.Add(hash))
            {
                removed.Add(text[sentences[i]].Trim());
                continue;
            }

            kept.Append(text.AsSpan()[sentences[i]]);
        }

        return kept.ToString().TrimEnd();
    }

    /// <summary>
    /// Where each token starts — a word with the punctuation and space after it, so the text can be put
    /// back together as it was; the last entry is the text's end — and a number for what each says without
    /// punctuation or case, so "You" and "you," repeat each other. By hand, without a copy of any token:
    /// this runs over every word of every transcript.
    /// </summary>
    private static (int[] Starts, long[] Keys) Tokens(string text)
    {
        var starts = new List<int>(capacity: (text.Length / 4) + 2);
        var keys = new List<long>(capacity: (text.Length / 4) + 2);
        var index = 0;
        while (index < text.Length)
        {
            var start = index;
            while (index < text.Length && !char.IsWhiteSpace(text[index]))
            {
                index++;
            }

            var key = Fingerprints.Token(text.AsSpan(start, index - start));
            while (index < text.Length && char.IsWhiteSpace(text[index]))
            {
                index++;
            }

            starts.Add(start);
            keys.Add(key ?? NoWord);
        }

        starts.Add(text.Length);
        return ([.. starts], [.. keys]);
    }
}
