using System.Text;
using System.Text.RegularExpressions;

namespace Distill.Core.Sources.Email;

/// <summary>A subject without the prefixes mail programs add as a thread goes back and forth.</summary>
internal static partial class SubjectLine
{
    /// <summary>"Re: Fwd: [EXTERNAL] Ignite follow up" → "Ignite follow up", as a note's title.</summary>
    public static string WithoutPrefixes(string subject)
    {
        var text = Spaces().Replace(subject, " ").Trim();
        while (Prefix().Match(text) is { Success: true } prefix && prefix.Length < text.Length)
        {
            text = text[prefix.Length..];
        }

        return text;
    }

    /// <summary>The subject as thread identity compares it: no prefixes, one space between words, NFC, lower case.</summary>
    public static string Normalise(string subject) =>
        WithoutPrefixes(subject).Normalize(NormalizationForm.FormC).ToLowerInvariant();

    /// <summary>
    /// Reply and forward markers in English and the languages Outlook localises them into (AW, WG, SV, VS, TR,
    /// RV, Antw, Odp), with a count ("Re[2]:"), and the tags mail gateways put on outside mail.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:re|fwd?|aw|wg|sv|vs|tr|rv|antw|odp)\s*(?:\[\d+\])?\s*[:：]|\[(?:external|ext)\]|external\s*:)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    /// <summary>Every kind of space, NBSP and U+2028 included, as one.</summary>
    [GeneratedRegex(@"[\s\u00A0\u202F\u2007\u2028\u2029]+")]
    private static partial Regex Spaces();
}
