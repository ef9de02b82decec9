using System.Text.RegularExpressions;

namespace Distill.Core.Extraction;

/// <summary>
/// Who and what a meeting talks about: the participants other than the owner and people named the way
/// people are ("talked to Manish", "Kushal said"); projects ("Project Apollo", "the Lumen project");
/// customers and partners ("customers like Northwind", "a call with Contoso").
/// </summary>
internal static partial class MentionFinder
{
    public static Mentions Find(Meeting meeting)
    {
        var text = string.Join('\n', meeting.Utterances.Select(utterance => utterance.Text));
        var things = ParticipantFinder.NamesUsedAsThings(text);
        var people = meeting.Participants.Where(name => name != meeting.Owner)
            .Concat(Person().Matches(text).Select(match => WithoutLeadingWord(match.Groups["name"].Value)).Where(name => !things.Contains(name) && !NotAName(name)))
            .Where(name => !meeting.Participants.Any(participant => participant != name && participant.StartsWith(name + " ", StringComparison.Ordinal)))
            .Where(name => name != meeting.Owner)
            .Distinct(StringComparer.Ordinal);
        var projects = Project().Matches(text).Select(match => match.Groups["name"].Value).Where(name => !NotAName(name)).Distinct(StringComparer.Ordinal);
        var customers = Customer().Matches(text).Select(match => match.Groups["name"].Value).Where(name => !NotAName(name)).Distinct(StringComparer.Ordinal);
        return new Mentions([.. people.Order(StringComparer.Ordinal)], [.. projects.Order(StringComparer.Ordinal)], [.. customers.Order(StringComparer.Ordinal)]);
    }

    private static bool NotAName(string name) => Common().IsMatch(name);

    /// <summary>"So Kushal said" names Kushal: the two-word pattern also takes the word before the name.</summary>
    private static string WithoutLeadingWord(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && NotAName(name[..space]) ? name[(space + 1)..] : name;
    }

    [GeneratedRegex(@"(?<=\b(?i:talked to|talking to|talk to|spoke (?:with|to)|meeting with|met with|call with|sync with|ping|pinged|ask|asked|told|tell|email|emailed|loop in|looped in|cc|introduce you to)\s+)(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\b|\b(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?),? (?:said|says|mentioned|told me|told us|asked me|thinks|wants|suggested)\b")]
    private static partial Regex Person();

    [GeneratedRegex(@"\b[Pp]roject (?<name>\p{Lu}[\p{L}\d]+)|\b[Tt]he (?<name>\p{Lu}[\p{L}\d]+) (?:project|program|initiative)\b")]
    private static partial Regex Project();

    [GeneratedRegex(@"\b(?:[Cc]ustomers?|[Cc]lients?|[Pp]artners?|[Aa]ccounts?) (?:like |such as |called |including )?(?<name>\p{Lu}[\p{L}\d&]+(?: \p{Lu}[\p{L}\d&]+)?)")]
    private static partial Regex Customer();

    [GeneratedRegex(@"^(?:I|The|This|That|It|We|They|He|She|You|So|And|But|Yeah|Okay|Hey|Hi|Thanks|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$")]
    private static partial Regex Common();
}
