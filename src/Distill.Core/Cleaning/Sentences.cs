using System.Buffers;

namespace Distill.Core.Cleaning;

/// <summary>
/// Speech cut into sentences the way the cleaning rules compare them. Written by hand rather than with
/// a regular expression: the rules call it on every segment, on the hot path of cleaning.
/// </summary>
internal static class Sentences
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…");

    /// <summary>Sentences with their closing punctuation and the space after it, so joining them gives the text back.</summary>
    public static List<string> Split(string text) => [.. Ranges(text).Select(range => text[range])];

    /// <summary>
    /// Sentences of written text (email), where a line break ends a sentence as well — a list item, a greeting
    /// ("Ray,"), a line without a full stop — unless the next line goes on in lower case, as a line the writer's
    /// program wrapped does. Joining them gives the text back.
    /// </summary>
    public static List<string> SplitWritten(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var at = text.IndexOf('\n', StringComparison.Ordinal); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            var next = text.AsSpan(at + 1).TrimStart(" \t\u00A0");
            if (next.Length > 0 && !char.IsLower(next[0]))
            {
                sentences.AddRange(Split(text[start..(at + 1)]));
                start = at + 1;
            }
        }

        sentences.AddRange(Split(text[start..]));
        return sentences;
    }

    /// <summary>How many words a sentence has, runs of spaces counting as one; no array of them is made, since every rule asks it of every sentence.</summary>
    public static int WordCount(ReadOnlySpan<char> sentence)
    {
        var count = 0;
        foreach (var word in sentence.Split(' '))
        {
            count += sentence[word].IsEmpty ? 0 : 1;
        }

        return count;
    }

    /// <summary>Where each sentence of <see cref="Split"/> stands, without copying it.</summary>
    public static List<Range> Ranges(string text)
    {
        var sentences = new List<Range>();
        var start = 0;
        var index = 0;
        while (true)
        {
            var found = text.AsSpan(index).IndexOfAny(Terminators);
            if (found < 0)
            {
                break;
            }

            var end = index + found;
            while (end < text.Length && Terminators.Contains(text[end]))
            {
                end++;
            }

            if (end < text.Length && text[end] is '"' or '”' or '’' or ')')
            {
                end++;
            }

            var afterSpace = end;
            while (afterSpace < text.Length && char.IsWhiteSpace(text[afterSpace]))
            {
                afterSpace++;
            }

            if (afterSpace > end)
            {
                sentences.Add(start..afterSpace);
                start = afterSpace;
            }

            index = afterSpace;
        }

        if (start < text.Length)
        {
            sentences.Add(start..text.Length);
        }

        return sentences;
    }
}
