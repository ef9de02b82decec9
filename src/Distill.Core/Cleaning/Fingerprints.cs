namespace Distill.Core.Cleaning;

/// <summary>
/// 64-bit FNV-1a hashes of what words and sentences say — letters and digits in lower case, punctuation
/// and case ignored — so the loop and echo rules compare numbers instead of strings. They look at every
/// word of every transcript; two different words colliding in 64 bits within one meeting is not a
/// practical concern.
/// </summary>
internal static class Fingerprints
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>What a token says ("You," and "you" alike); null for one without letters or digits ("-").</summary>
    public static long? Token(ReadOnlySpan<char> token)
    {
        var hash = Offset;
        var any = false;
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
                any = true;
            }
        }

        return any ? (long)hash : null;
    }

    /// <summary>Each word of a text, in order.</summary>
    public static long[] Words(ReadOnlySpan<char> text)
    {
        var words = new List<long>(capacity: (text.Length / 4) + 1);
        var hash = Offset;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || (inWord && c is '\'' or '’'))
            {
                hash = (hash ^ (c == '’' ? '\'' : char.ToLowerInvariant(c))) * Prime;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add((long)hash);
                hash = Offset;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add((long)hash);
        }

        return [.. words];
    }

    /// <summary>A whole sentence's words as one number, and how many words it has.</summary>
    public static (long Hash, int Words) Sentence(ReadOnlySpan<char> sentence)
    {
        var hash = Offset;
        var words = 0;
        var inWord = false;
        foreach (var c in sentence)
        {
            if (char.IsLetterOrDigit(c) || (inWord && c is '\'' or '’'))
            {
                words += inWord ? 0 : 1;
                hash = (hash ^ (c == '’' ? '\'' : char.ToLowerInvariant(c))) * Prime;
                inWord = true;
            }
            else if (inWord)
            {
                hash = (hash ^ ' ') * Prime;
                inWord = false;
            }
        }

        return ((long)hash, words);
    }

    /// <summary>Three words in a row as one number.</summary>
    public static long Triple(long first, long second, long third) =>
        (long)((((((ulong)first * Prime) ^ (ulong)second) * Prime) ^ (ulong)third) * Prime);
}
