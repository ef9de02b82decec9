using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Distill.Core.Cleaning;
using Distill.Core.Sources;

namespace Distill.Core.Extraction;

/// <summary>
/// Who took part: the owner who recorded it, the named speakers, the counterpart the title names,
/// and the people the talk greets, thanks, asks or introduces ("Hey Vishnu", "Jai, can you …",
/// "I'm Jonsi Stefansson"); in email, also the full names it @-mentions ("@Karl Vietmeier"). A first name is dropped when a full name that starts with it is already in.
/// </summary>
internal static partial class ParticipantFinder
{
    /// <summary>Capitalised words that follow a greeting without being anybody's name.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "All", "Everyone", "Everybody", "Guys", "Folks", "Team", "There", "Man", "Sir", "Buddy", "Dude", "You", "Yeah",
        "Yes", "No", "Okay", "Ok", "So", "Well", "Google", "Siri", "Alexa", "God", "Gosh", "Again", "Both", "Sorry",
        "Good", "Great", "Bye", "Hello", "Hi", "Hey", "Thanks", "Thank", "Welcome", "Morning", "Afternoon", "Evening",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Microsoft", "Azure", "Amazon",
        "Apple", "Teams", "Zoom", "Slack", "The", "This", "That", "It", "We", "They", "He", "She", "I", "What", "How",
        "Why", "When", "Where", "Who", "Just", "Actually", "Really", "Please", "Folks", "Ladies", "Gentlemen",
        "Hopefully", "Absolutely", "Awesome", "Cool", "Nice", "Perfect", "Right", "Sure", "Oh", "Um", "Uh", "Mr", "Mrs",
        "Ms", "Dr", "Now", "Like", "Can", "Ultimately", "Ironman", "Anyway", "Anyways", "Honestly", "Correct", "Exactly",
        "Totally", "Definitely", "Otherwise", "Basically", "Obviously", "Interesting", "Fine", "Wow", "Agreed", "True",
        "Yep", "Today", "Look", "Ah", "However", "Unfortunately", "Super", "Or", "Excellent", "Ideally", "Say",
        "Very", "Still", "People", "Gotcha", "Agree", "Understood", "Clearly", "Remember", "Alright", "Probably",
        "Meaning", "Simple", "Wait", "Hmm", "Listen", "Meanwhile", "Effectively", "Amen", "See", "Anything", "Done",
        "Fortunately", "Personally", "Similarly", "Secondly", "Finally", "Also", "Plus", "Overall", "Instead", "Frankly",
        "Typically", "Generally", "Normally", "Historically", "Currently", "Initially", "Eventually", "Literally",
        "Seriously", "Certainly", "Obviously", "Apparently", "Luckily", "Regardless", "Besides", "Then", "First",
        "Second", "Third", "Last", "Next", "Here", "There", "Because", "Though", "Although", "Otherwise", "Therefore",
        "Which", "Whatever", "Everything", "Nothing", "Something", "Someone", "Somebody", "Nobody", "Both", "Either",
        "Neither", "Each", "Every", "Most", "Some", "Many", "Much", "More", "Less", "Other", "Another", "Such",
    };

    public static ImmutableArray<string> Find(Source source, ExtractionOptions options)
    {
        var names = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Owner))
        {
            names.Add(options.Owner.Trim());
        }

        names.AddRange(source.Segments.Select(segment => segment.Speaker).OfType<string>().Where(SpeakerNamer.IsPerson));
        var counterpart = Counterpart.FromTitle(source.Title, options.Owner);
        if (counterpart is not null)
        {
            names.Add(counterpart);
        }

        var text = string.Join('\n', source.Segments.Select(segment => segment.Text));
        foreach (var pattern in (Regex[])[Addressed(), Asked(), Introduced()])
        {
            names.AddRange(pattern.Matches(text).Select(match => match.Groups["name"].Value).Where(IsName));
        }

        if (counterpart is null)
        {
            names.AddRange(AddressedMoreThanOnce(text));
        }

        if (source.Email is { } thread)
        {
            names.AddRange(Mentioned().Matches(text).Select(match => match.Groups["name"].Value).Where(IsName));
            names.AddRange(thread.People.Where(person => person.HasFullName).Select(person => person.Name));
        }

        return Distinct(names);
    }

    /// <summary>Capitalised words used the way places, companies and products are ("at Google", "using Azure"), never a person's name.</summary>
    internal static HashSet<string> NamesUsedAsThings(string text) =>
        UsedAsThing().Matches(text).Select(match => match.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A name set off by commas mid-sentence ("So, Tomer, we're …", "what do you think, Billy?") said
    /// to someone twice or more, and never used the way places and companies are ("at Google", "in
    /// Washington"). Only in group meetings: in a 1:1 the names said that way are mostly people talked
    /// about, while someone who joins is greeted ("Hey Chris").
    /// </summary>
    private static IEnumerable<string> AddressedMoreThanOnce(string text)
    {
        var usedAsThing = NamesUsedAsThings(text);
        return Vocative().Matches(text)
            .Select(match => match.Groups["name"].Value)
            .Where(name => IsName(name) && !usedAsThing.Contains(name))
            .GroupBy(name => name, StringComparer.Ordinal)
            .Where(group => group.Count() >= 2)
            .Select(group => group.Key);
    }

    private static bool IsName(string name) => name.Split(' ').All(word => !NotNames.Contains(word));

    /// <summary>
    /// One entry per person, in the order first seen. A name folds into one already in when it is its
    /// first name ("Jai" into "Jai Menon") or a recognizer's spelling of it: the same first letter
    /// and one letter apart ("Jay" for "Jai", "Jason Valerie" for "Jason Vallery" by first name and surname).
    /// </summary>
    private static ImmutableArray<string> Distinct(List<string> names)
    {
        var result = new List<string>();
        foreach (var name in names.OrderByDescending(name => name.AsSpan().Count(' ')).ThenBy(names.IndexOf))
        {
            if (!result.Any(kept => SamePerson(name, kept)))
            {
                result.Add(name);
            }
        }

        return [.. result.OrderBy(names.IndexOf)];
    }

    private static bool SamePerson(string name, string kept)
    {
        var words = name.Split(' ');
        var keptWords = kept.Split(' ');
        if (words.Length > keptWords.Length || !SpelledAlike(words[0], keptWords[0]))
        {
            return false;
        }

        // Two people in one meeting rarely share a first name and the start of a surname, while a
        // recognizer often misspells the rest ("Vallery" / "Valerie", "Stefanson" / "Stephenson").
        return words.Length == 1
            || (words[1].Length >= 3 && keptWords[1].StartsWith(words[1][..3], StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Equal, one the other's start ("Tom" / "Tomer", "Dan" / "Daniel"), or a letter or two apart with the same initial.</summary>
    private static bool SpelledAlike(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || (Math.Min(a.Length, b.Length) >= 3 && (a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase)))
        || (char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(b[0]) && EditDistance(a.ToUpperInvariant(), b.ToUpperInvariant()) <= (Math.Min(a.Length, b.Length) <= 4 ? 1 : 2));

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"(?<=\b(?:[Hh]ey|[Hh]i|[Hh]ello|[Tt]hanks|[Tt]hank you|[Ww]elcome|[Gg]ood (?:morning|afternoon|evening)|[Bb]ye),? )(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=[,.!?]|$)")]
    private static partial Regex Addressed();

    [GeneratedRegex(@"(?<=, |\b(?:[Ss]o|[Hh]ey|[Hh]i|[Tt]hanks|[Tt]hank you|[Bb]ye|[Oo]kay|[Yy]eah|[Aa]nd|[Mm]aybe|[Ss]orry) )(?<name>\p{Lu}\p{Ll}+)(?=, |[?.](?: |$))", RegexOptions.Multiline)]
    private static partial Regex Vocative();

    /// <summary>A full name written as an email @-mention ("@Karl Vietmeier"): someone the thread brings in.</summary>
    [GeneratedRegex(@"(?<!\S)@(?<name>\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\b")]
    private static partial Regex Mentioned();

    [GeneratedRegex(@"(?<=\b(?:at|in|on|the|using|use|of|from) )(?<name>\p{Lu}\p{Ll}+)")]
    private static partial Regex UsedAsThing();

    [GeneratedRegex(@"(?:^|[.?!] )(?<name>\p{Lu}\p{Ll}+), (?:can|could|would|will|do|did|are|have|what|how|when|why) you\b")]
    private static partial Regex Asked();

    [GeneratedRegex(@"\b(?:[Mm]y name is|I'm|I am) (?<name>\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b|\p{Lu}\p{Ll}+(?=[,.]))")]
    private static partial Regex Introduced();
}
