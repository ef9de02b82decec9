using System.Text;

namespace Distill.Core.Extraction;

/// <summary>
/// Finds, inside a cleaned sentence, the longest run of words the source file itself holds, so that
/// every evidence quote can be checked against the file as the user has it (EXTRACTION.md: lower case,
/// every run of other characters than letters and digits as one space, whole words). Cleaning can
/// change a sentence inside — a loop collapsed, a marker taken out, a name unglued — and the quote
/// then steps around the change.
/// </summary>
internal sealed class Grounding
{
    private const int MinWords = 3;

    private readonly string? source;

    public Grounding(string raw) => source = raw.Length == 0 ? null : " " + Normalize(raw) + " ";

    /// <summary>The sentence when the file holds it whole, else its longest part of three words or more that the file holds.</summary>
    public string Quote(string sentence)
    {
        if (source is null || Holds(Normalize(sentence)))
        {
            return sentence;
        }

        var words = WordSpans(sentence);
        for (var length = words.Count - 1; length >= MinWords; length--)
        {
            for (var first = 0; first + length <= words.Count; first++)
            {
                var span = sentence[words[first].Start..words[first + length - 1].End];
                if (Holds(Normalize(span)))
                {
                    return span;
                }
            }
        }

        return sentence;
    }

    private bool Holds(string normalized) => normalized.Length > 0 && source!.Contains(" " + normalized + " ", StringComparison.Ordinal);

    /// <summary>As the scorer compares: NFKC, lower case, every run of characters other than a-z and 0-9 as one space.</summary>
    private static string Normalize(string text)
    {
        var lower = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var output = new StringBuilder(lower.Length);
        var space = true;
        foreach (var c in lower)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                output.Append(c);
                space = false;
            }
            else if (!space)
            {
                output.Append(' ');
                space = true;
            }
        }

        return output.ToString().TrimEnd();
    }

    /// <summary>Where each word of the sentence starts and ends, a word being a run of letters and digits.</summary>
    private static List<(int Start, int End)> WordSpans(string sentence)
    {
        var spans = new List<(int Start, int End)>();
        var start = -1;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var inWord = i < sentence.Length && char.IsLetterOrDigit(sentence[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                spans.Add((start, i));
                start = -1;
            }
        }

        return spans;
    }
}
