using System.Collections.Frozen;

namespace Distill.Core.Extraction;

/// <summary>
/// The words of a text that carry its content — lower case, stop words out, plural and verb endings
/// folded — for telling when two items say the same thing and what a meeting talks about most.
/// </summary>
internal static class ContentWords
{
    private static readonly FrozenSet<string> StopWords = WordList(
        "a about above after again against all also am an and any are as at be because been before being below between both " +
        "but by can could did do does doing don't down during each few for from further had has have having he her here hers " +
        "him his how i i'm i've i'll i'd if in into is it it's its itself just me more most my no nor not now of off on once " +
        "only or other our out over own same she should so some such than that that's the their them then there there's these " +
        "they they're this those through to too under until up very was we we're we've we'll were what when where which while " +
        "who whom why will with would you you're you've you'll your yours yeah yes okay ok um uh like know mean think really " +
        "right well actually basically kind sort gonna wanna got get go going thing things stuff lot lots maybe probably " +
        "let let's say said see look want need one two way something anything everything guess sure oh hey hi thanks thank " +
        "good great yep mm hmm everyone everybody anyone anybody someone somebody little pretty whatever dont cant wont isnt its ive ill id im youre theyre thats theres whats lets");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordsBySpan = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longer words are lower-cased on the heap; nearly every word fits.</summary>
    private const int StackWordLength = 64;

    /// <summary>
    /// Every rule and the merger ask this of every sentence, so each word is lower-cased and stemmed in a buffer and
    /// becomes a string only when it is a content word the set does not hold yet.
    /// </summary>
    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var adding = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> stackBuffer = stackalloc char[StackWordLength];
        foreach (var (start, length) in Words(text))
        {
            var buffer = length <= StackWordLength ? stackBuffer : new char[length];
            var word = Lowered(text.AsSpan(start, length), buffer);
            if (word.Length > 1 && !StopWordsBySpan.Contains(word))
            {
                adding.Add(Stem(word));
            }
        }

        return words;
    }

    /// <summary>A hand-written list of lower-case words, given as one string of words parted by spaces, as a set to look them up in.</summary>
    public static FrozenSet<string> WordList(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a single word carries content: two letters at least and not a stop word.</summary>
    public static bool IsContent(ReadOnlySpan<char> word)
    {
        if (word.Length <= 1)
        {
            return false;
        }

        var lowered = word.Length <= StackWordLength ? stackalloc char[StackWordLength] : new char[word.Length];
        return !StopWordsBySpan.Contains(lowered[..word.ToLowerInvariant(lowered)]);
    }

    /// <summary>The F1 of two sets of content words: 1 for the same words, 0 for none in common.</summary>
    public static double Overlap(IReadOnlySet<string> first, IReadOnlySet<string> second)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            return 0;
        }

        var common = first.Count(second.Contains);
        return common == 0 ? 0 : 2.0 * common / (first.Count + second.Count);
    }

    /// <summary>Where each word starts and how long it is: letters and digits, with apostrophes inside ("don't").</summary>
    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && text[i] is '\'' or '’'));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    /// <summary>The word in lower case, a typographic apostrophe made plain and trailing ones cut ("Jason’s" → "jason's", "users'" → "users").</summary>
    private static Span<char> Lowered(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var lowered = buffer[..word.ToLowerInvariant(buffer)];
        lowered.Replace('’', '\'');
        return lowered.TrimEnd('\'');
    }

    /// <summary>Plural and verb endings folded, in place ("companies" → "company", "meetings" → "meet").</summary>
    private static ReadOnlySpan<char> Stem(Span<char> word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ations", "ation", "ings", "ing", "ies", "ied", "edly", "ed", "es", "s", "ly"])
        {
            if (word.EndsWith(suffix) && word.Length - suffix.Length >= 3)
            {
                var stem = word.Length - suffix.Length;
                if (suffix is "ies" or "ied")
                {
                    word[stem] = 'y';
                    return word[..(stem + 1)];
                }

                return word[..stem];
            }
        }

        return word;
    }
}
