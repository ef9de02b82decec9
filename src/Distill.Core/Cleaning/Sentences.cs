namespace Distill.Core.Cleaning;

/// <summary>
/// Speech cut into sentences the way the cleaning rules compare them. Written by hand rather than with
/// a regular expression: the rules call it on every segment, on the hot path of cleaning.
/// </summary>
internal static class Sentences
{
    /// <summary>Sentences with their closing punctuation and the space after it, so joining them gives the text back.</summary>
    public static List<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        var index = 0;
        while (index < text.Length)
        {
            if (text[index] is not ('.' or '!' or '?' or '…'))
            {
                index++;
                continue;
            }

            var end = index;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
            {
                end++;
            }

            if (end < text.Length && text[end] is '"' or '”' or '’' or ')')
            {
                end++;
            }

            var afterSpace = end;
            while (afterSpace < text.Length && char.IsWhiteSpace(text[afterSpace]))
            {
                afterSpace++;
            }

            if (afterSpace > end)
            {
                sentences.Add(text[start..afterSpace]);
                start = afterSpace;
            }

            index = afterSpace > end ? afterSpace : end;
        }

        if (start < text.Length)
        {
            sentences.Add(text[start..]);
        }

        return sentences;
    }
}
