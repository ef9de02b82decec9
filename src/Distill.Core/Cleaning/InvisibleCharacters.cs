using System.Buffers;
using System.Text;
using Distill.Core.Sources;

namespace Distill.Core.Cleaning;

/// <summary>
/// Drops characters that carry no speech — byte-order marks, U+FFFC where an image was, zero-width
/// spaces and non-joiners, soft hyphens — and turns odd spaces (NBSP, U+2028) into plain ones. The
/// zero-width joiner stays: it holds emoji such as 👩‍💻 together.
/// </summary>
internal sealed class InvisibleCharacters : ICleaningStep
{
    private static readonly SearchValues<char> Odd = SearchValues.Create("\uFEFF\uFFFC\u200B\u200C\u2060\u00AD\u00A0\u2007\u202F\u2028\u2029");

    public Source Apply(Source source, CleaningOptions options) => source with
    {
        Title = Clean(source.Title),
        Segments = [.. source.Segments.Select(segment => segment with { Text = Clean(segment.Text) })],
    };

    public static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAny(Odd) < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\uFEFF' or '\uFFFC' or '\u200B' or '\u200C' or '\u2060' or '\u00AD':
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\u2028' or '\u2029':
                    output.Append(' ');
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.ToString();
    }

}
