using System.Text;
using System.Text.RegularExpressions;
using Distill.Core.Sources;

namespace Distill.Core.Cleaning;

/// <summary>
/// Collapses the loops speech recognizers fall into on silence: a phrase said again and again
/// ("it's, it's, it's, …", "You You You You") and a sentence repeated over and over in one segment.
/// The first saying stays; each repeat is recorded as a removal of its own.
/// </summary>
internal sealed partial class LoopCollapser : ICleaningStep
{
    /// <summary>A single word said four times running is a loop; "very, very, very" is still speech.</summary>
    private const int MinWordRepeats = 4;

    /// <summary>A phrase of two words or more said three times running is a loop.</summary>
    private const int MinPhraseRepeats = 3;

    private const int LongestPhrase = 16;

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
        var tokens = Token().Matches(text).Select(match => match.Value).ToArray();
        if (tokens.Length < Math.Min(MinWordRepeats, MinPhraseRepeats * 2))
        {
            return text;
        }

        var keys = tokens.Select(Key).ToArray();
        var output = new StringBuilder(text.Length);
        var index = 0;
        while (index < tokens.Length)
        {
            var (length, repeats) = LoopAt(keys, index);
            if (repeats == 0)
            {
                output.Append(tokens[index]);
                index++;
                continue;
            }

            for (var i = index; i < index + length; i++)
            {
                output.Append(tokens[i]);
            }

            for (var copy = 1; copy <= repeats; copy++)
            {
                var copyStart = index + (length * copy);
                removed.Add(string.Concat(tokens[copyStart..(copyStart + length)]).Trim());
            }

            index += length * (repeats + 1);
        }

        return output.ToString().TrimEnd();
    }

    /// <summary>The shortest phrase that repeats often enough at <paramref name="index"/>, and how many copies to drop.</summary>
    private static (int Length, int Repeats) LoopAt(string[] keys, int index)
    {
        for (var length = 1; length <= LongestPhrase && index + (length * 2) <= keys.Length; length++)
        {
            if (keys[index].Length == 0)
            {
                return (0, 0);
            }

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

    private static bool SamePhrase(string[] keys, int first, int second, int length)
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
        var sentences = Sentences.Split(text);
        var keys = sentences.Select(sentence => string.Join(' ', Sentences.Words(sentence))).ToList();
        var counts = keys.Where(key => key.Split(' ').Length >= MinSentenceWords)
            .GroupBy(key => key, StringComparer.Ordinal)
            .Where(group => group.Count() >= MinSentenceRepeats)
            .Select(group => group.Key)
            .ToHashSet(StringComparer.Ordinal);
        if (counts.Count == 0)
        {
            return text;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (counts.Contains(keys[i]) && !seen.Add(keys[i]))
            {
                removed.Add(sentences[i].Trim());
                continue;
            }

            kept.Append(sentences[i]);
        }

        return kept.ToString().TrimEnd();
    }

    /// <summary>What a token says, without its punctuation or case, so "You" and "you," repeat each other.</summary>
    private static string Key(string token) => string.Join(' ', Sentences.Words(token));

    /// <summary>A word with the punctuation and space after it, so the text can be put back together as it was.</summary>
    [GeneratedRegex(@"\S+\s*")]
    private static partial Regex Token();
}
