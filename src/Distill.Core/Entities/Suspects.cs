using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Distill.Core.Planning;
using FuzzySharp;

namespace Distill.Core.Entities;

/// <summary>
/// <c>distill doctor</c>'s suggestions: people who may be one person under two spellings ("Jonsi Stephenson",
/// "Jonsi Stefansson", "Yonsi"). Similar spelling is evidence for a human to weigh, never a reason to merge (the
/// old tool joined Kanchan and Akanksha, and Jason and James Vallery); the user merges with an alias.
/// </summary>
public static class Suspects
{
    /// <summary>
    /// The lowest score reported. FuzzySharp's ratio is 80 for one letter changed in a five-letter name or two in a
    /// ten-letter one ("Yonsi"/"Jonsi" 80, "Jason Vallery"/"James Vallery" 85), while names that only share letters
    /// stay well below ("Kanchan"/"Akanksha" 67). Names that sound alike score halfway between their ratio and 100, so
    /// "Manish"/"Maneesh" (77) is reported at 88, while a short key that many names share ("Jay", "Joe": J) is not
    /// enough on its own (66). A lone name that is exactly a person's first name scores 100: it stayed unresolved
    /// because several people have it, and the user is shown each of them.
    /// </summary>
    public const int Threshold = 80;

    public static ImmutableArray<SuspectedDuplicate> Among(Registry registry, IEnumerable<string> unresolved)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(unresolved);
        var people = registry.Entities.Where(entity => entity.Kind == EntityKind.Person).Select(person => Person.Of(registry, person)).ToList();
        var lone = unresolved
            .Select(name => name.Trim())
            .Where(name => PersonNames.CanBeEntity(name) && registry.Find(name) is null)
            .Order(StringComparer.Ordinal)
            .DistinctBy(SafeName.Key, StringComparer.Ordinal)
            .ToList();

        var betweenPeople = people.SelectMany((first, index) => people.Skip(index + 1).Select(second => Pair(first, second)));
        var unresolvedToPeople = lone.SelectMany(name => people.Select(person => Pair(name, person)));
        return [.. betweenPeople.Concat(unresolvedToPeople)
            .OfType<SuspectedDuplicate>()
            .Where(suspect => suspect.Score >= Threshold)
            .OrderByDescending(suspect => suspect.Score)
            .ThenBy(suspect => suspect.Name, StringComparer.Ordinal)
            .ThenBy(suspect => suspect.Similar, StringComparer.Ordinal)];
    }

    private static SuspectedDuplicate? Pair(Person first, Person second)
    {
        if (first.Keys.Overlaps(second.Keys))
        {
            return null;
        }

        var (name, similar) = string.CompareOrdinal(first.Entity.Name, second.Entity.Name) <= 0 ? (first, second) : (second, first);
        return Best(name.Names.SelectMany(one => similar.Names.Select(other => Compare(one, other))), name.Entity.Name, similar.Entity.Name);
    }

    private static SuspectedDuplicate? Pair(string unresolved, Person person) =>
        person.Keys.Contains(SafeName.Key(unresolved)) ? null : Best(person.Names.Select(name => Compare(unresolved, name)), unresolved, person.Entity.Name);

    private static SuspectedDuplicate? Best(IEnumerable<Likeness?> likenesses, string name, string similar) =>
        likenesses.OfType<Likeness>()
            .OrderByDescending(likeness => likeness.Score)
            .ThenBy(likeness => likeness.Reason, StringComparer.Ordinal)
            .Select(likeness => new SuspectedDuplicate(name, similar, likeness.Score, likeness.Reason))
            .FirstOrDefault();

    /// <summary>A full name with a full name; a lone name with the other's first name ("Yonsi" with "Jonsi Stefansson").</summary>
    private static Likeness? Compare(string one, string other)
    {
        var oneIsLone = PersonNames.IsOneWord(one);
        if (oneIsLone != PersonNames.IsOneWord(other))
        {
            var (lone, full) = oneIsLone ? (one, other) : (other, one);
            return PersonNames.FirstName(full) is { } firstName ? Likeness.Of(lone, firstName, "first name") : null;
        }

        return Likeness.Of(one, other, "name");
    }

    /// <summary>A person's names (name, title) and the folded keys of everything that already names them, aliases included.</summary>
    private sealed record Person(Entity Entity, ImmutableArray<string> Names, ImmutableHashSet<string> Keys)
    {
        public static Person Of(Registry registry, Entity person)
        {
            ImmutableArray<string> names = [.. new[] { person.Name, registry.TitleOf(person) }.DistinctBy(SafeName.Key, StringComparer.Ordinal)];
            return new Person(person, names, names.Concat(registry.AliasesOf(person)).Select(SafeName.Key).ToImmutableHashSet(StringComparer.Ordinal));
        }
    }

    private sealed record Likeness(int Score, string Reason)
    {
        public static Likeness Of(string one, string other, string what)
        {
            var (a, b) = (Fold(one), Fold(other));
            if (a == b)
            {
                return new Likeness(100, one == other ? $"same {what} ({one})" : $"same {what} ({one} / {other})");
            }

            var ratio = Fuzz.Ratio(a, b);
            if (Phonetic(a) == Phonetic(b))
            {
                return new Likeness((ratio + 100) / 2, $"{what}s sound alike ({one} / {other})");
            }

            return SameFirstNameSurnamesBeginAlike(a, b)
                ? new Likeness((ratio + 100) / 2, $"same first name, surnames begin alike ({one} / {other})")
                : new Likeness(ratio, $"{what}s spelled alike ({one} / {other})");
        }

        /// <summary>
        /// "Jonsi Stemmelsson" and "Jonsi Stefansson": a transcriber hears the start of a surname best and guesses the
        /// rest, so one first name with surnames that begin with the same two letters is likelier one person misheard.
        /// </summary>
        private static bool SameFirstNameSurnamesBeginAlike(string a, string b)
        {
            var (first, second) = (a.Split(' '), b.Split(' '));
            return first.Length > 1 && second.Length > 1 && first[0] == second[0]
                && first[^1].Length > 2 && second[^1].Length > 2 && first[^1][..2] == second[^1][..2];
        }
    }

    /// <summary>Upper case without diacritics: "Jónsi" and "Jonsi" are spelled alike.</summary>
    private static string Fold(string name) =>
        string.Concat(name.Normalize(NormalizationForm.FormD)
                .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            .Normalize(NormalizationForm.FormC)
            .ToUpperInvariant();

    /// <summary>
    /// A small sound key, per word, for the ways a transcriber misspells a name it heard: "PH" and "F" sound alike
    /// (Stephenson, Stefansson); a Nordic initial J is said Y and written so (Jonsi, Yonsi); vowels, H, W and Y after
    /// the first letter vary with accent and guesswork (Manish, Maneesh); doubled letters are not heard.
    /// </summary>
    private static string Phonetic(string folded) =>
        string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word =>
        {
            var sound = word.Replace("PH", "F", StringComparison.Ordinal);
            sound = sound.StartsWith('Y') ? "J" + sound[1..] : sound;
            var key = new StringBuilder().Append(sound[0]);
            foreach (var c in sound.AsSpan(1))
            {
                if (c is not ('A' or 'E' or 'I' or 'O' or 'U' or 'Y' or 'H' or 'W') && key[^1] != c)
                {
                    key.Append(c);
                }
            }

            return key.ToString();
        }));
}
