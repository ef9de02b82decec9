using System.Collections.Frozen;

namespace Distill.Core.Extraction;

/// <summary>
/// The base form of an English "-ing" verb ("refining" → "refine", "planning" → "plan", "working" → "work"), so that
/// "we need to be refining our model" can become the task "Refine our model". Written by hand: no package that
/// restores here lemmatises English (Catalyst ships no models). The spelling rules cover regular verbs; the rare
/// verb they miss keeps an odd spelling, never a wrong word.
/// </summary>
internal static class Gerund
{
    /// <summary>"-ing" words that follow "be" as adjectives ("be interesting", "be willing"), not as verbs.</summary>
    private static readonly FrozenSet<string> Adjectives = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "amazing", "annoying", "boring", "challenging", "compelling", "concerning", "confusing", "convincing", "daunting",
        "demanding", "disappointing", "encouraging", "exciting", "fascinating", "interesting", "lacking",
        "missing", "outstanding", "ongoing", "pending", "promising", "rewarding", "surprising", "trending", "willing",
        "worrying", "anything", "everything", "nothing", "something");

    /// <summary>A final consonant doubled before "-ing" only by these verbs' own spelling: "call", "pass", "staff", "buzz".</summary>
    private const string KeptDoubles = "lsfz";

    /// <summary>
    /// Endings of a two-syllable stem that take no silent "e" ("open", "visit", "consider", "develop"), where a
    /// one-syllable stem of the same shape does ("write", "store").
    /// </summary>
    private static readonly string[] UnstressedEndings = ["en", "er", "et", "it", "on", "or", "op", "el", "om", "al", "us"];

    /// <summary>Consonant pairs no English verb ends in without a silent "e": "source", "judge", "merge", "solve", "serve", "license".</summary>
    private static readonly string[] EndingsWithE = ["nc", "rc", "dg", "rg", "lv", "rv", "rs", "ns"];

    /// <summary>The base form, or null when <paramref name="word"/> is not a verb's "-ing" form.</summary>
    public static string? BaseOf(string word)
    {
        if (!word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.Length < 5 || Adjectives.Contains(word))
        {
            return null;
        }

        var stem = word[..^3];
        var last = char.ToLowerInvariant(stem[^1]);
        if (stem.Length >= 3 && last == char.ToLowerInvariant(stem[^2]) && !IsVowel(last) && !KeptDoubles.Contains(last, StringComparison.Ordinal))
        {
            return stem[..^1];
        }

        return TakesSilentE(stem) ? stem + "e" : stem;
    }

    /// <summary>
    /// "refin", "shar", "us", "operat": one vowel before one final consonant, as in "refine", "share", "use",
    /// "operate". Not after two vowels ("join", "look") except a v or an s ("leave", "release"), not after w, x or y
    /// ("review", "fix", "play"), not for an unstressed last syllable of a longer stem ("open", "focus").
    /// </summary>
    private static bool TakesSilentE(string stem)
    {
        var lower = stem.ToLowerInvariant();
        var last = lower[^1];
        if (last == 'v' || EndingsWithE.Any(ending => lower.EndsWith(ending, StringComparison.Ordinal)))
        {
            return true;
        }

        if (IsVowel(last) || last is 'w' or 'x' or 'y' || lower.Length < 2 || !IsVowel(lower[^2]))
        {
            return false;
        }

        if (lower.Length >= 3 && IsVowel(lower[^3]))
        {
            return last == 's';
        }

        return VowelGroups(lower) == 1 || !UnstressedEndings.Any(ending => lower.EndsWith(ending, StringComparison.Ordinal));
    }

    private static int VowelGroups(string word) =>
        word.Where((c, i) => IsVowel(c) && (i == 0 || !IsVowel(word[i - 1]))).Count();

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
