using System.Text.RegularExpressions;

namespace Distill.Core.Cleaning;

/// <summary>Speech cut into sentences and words the way the cleaning rules compare them.</summary>
internal static partial class Sentences
{
    /// <summary>Sentences with their closing punctuation and the space after it, so joining them gives the text back.</summary>
    public static List<string> Split(string text) =>
        [.. SentenceEnd().Split(text).Where(sentence => sentence.Length > 0)];

    /// <summary>The words of a text in lower case, punctuation dropped: what two sayings of the same words share.</summary>
    public static string[] Words(string text) =>
        [.. Word().Matches(text).Select(match => match.Value.ToLowerInvariant().Replace('’', '\''))];

    [GeneratedRegex(@"(?<=[.!?…]+[""”’)]?\s+)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’]*")]
    private static partial Regex Word();
}
