using System.Text.RegularExpressions;

namespace Distill.Core.Extraction;

/// <summary>
/// Turns what someone said into a short task: fillers out ("um", "you know", "I mean", "sort of"),
/// "you", "me" and "I" replaced by names, cut at a clause boundary when it runs on, a capital and a period.
/// </summary>
internal static partial class TaskPhrasing
{
    private const int MaxWords = 30;

    public static string Rewrite(string said, string? speaker, string? addressee)
    {
        var text = Fillers().Replace(said, " ");
        text = Pronoun().Replace(text, match => Name(match.Value, speaker, addressee) ?? match.Value);
        text = Spaces().Replace(text, " ").Trim(' ', ',', ';', '-', '—');
        text = Shortened(text);
        text = text.TrimEnd('.', '?', '!', ',', ';', ' ');
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>Strips what comes before the request or promise itself: "So yeah, I think " and the like.</summary>
    public static string WithoutLeadIn(string text) => LeadIn().Replace(text, string.Empty);

    private static string? Name(string pronoun, string? speaker, string? addressee)
    {
        var lower = pronoun.ToLowerInvariant();
        var name = lower is "you" or "your" or "yours" ? addressee : speaker;
        if (name is null)
        {
            return null;
        }

        var first = name.Split(' ')[0];
        return lower is "your" or "my" ? first + "'s" : first;
    }

    private static string Shortened(string text)
    {
        var words = text.Split(' ');
        if (words.Length <= MaxWords)
        {
            return text;
        }

        var cut = ClauseBoundary().Matches(text).Select(match => match.Index)
            .LastOrDefault(index => text[..index].Count(c => c == ' ') < MaxWords);
        return cut > 0 ? text[..cut] : string.Join(' ', words[..MaxWords]);
    }

    private const string Filler = @"\b(?:um+|uh+|you know|I mean|sort of|kind of|basically|literally|actually)\b";

    /// <summary>A filler set off by commas takes both commas with it, so that "the, you know, sheet" leaves no stray comma.</summary>
    [GeneratedRegex(@",\s*(?:" + Filler + @"|like)\s*,|" + Filler + @",?|(?<=,\s*)like,|\blike,\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fillers();

    [GeneratedRegex(@"\b(?:you|your|yours|me|my)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@",\s*(?:and|but|so|because|which|if|when|I|we|you|it's|that's)\b|\s(?:because|so that|but|if|when|since|although|unless)\s|;|\.\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"^(?:(?:so|and|but|okay|ok|yeah|yes|no|well|right|alright|all right|um+|uh+|oh|now|then|also|actually|anyway|basically|great|cool|sure|perfect|i mean|you know|i think|i guess|i suppose|probably|maybe)\b[,.]?\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();
}
