using System.Text;

namespace Distill.Core.Planning;

/// <summary>
/// Text from a transcript or an extraction written into a note as one line of prose (DESIGN invariant 8): it cannot
/// open or close a distill marker, start front matter, a heading, a list, a task, a quote, a table or a code fence,
/// make a block id, a wikilink, a tag, an Obsidian comment or math. Escapes are backslashes, which Obsidian does not
/// show; ordinary punctuation stays as it is so the source reads normally.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Escaped wherever they stand: links, tags, block ids, HTML and markers, tables, code, math.</summary>
    private const string AlwaysEscaped = "\\[]#^<|`$";

    /// <summary>Escaped at the start of a line only, where they make a list, a quote, a rule or a fence.</summary>
    private const string LineStartEscaped = "-+*_=~>";

    /// <summary><paramref name="text"/> flattened to one line and escaped, ready to start a line.</summary>
    public static string Inline(string text) => Escape(Flatten(text), lineStart: true);

    /// <summary>
    /// One line: line breaks, tabs and other white space become single spaces, control characters and broken
    /// surrogates go, the ends are trimmed.
    /// </summary>
    public static string Flatten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd(' ');
    }

    /// <summary>Escapes flattened text; <paramref name="lineStart"/> when it begins a line (or a list item's content).</summary>
    public static string Escape(string flat, bool lineStart)
    {
        ArgumentNullException.ThrowIfNull(flat);
        var builder = new StringBuilder(flat.Length + 8);
        var numbered = lineStart ? OrderedListMarkerEnd(flat) : -1;
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            var escaped = AlwaysEscaped.Contains(c, StringComparison.Ordinal)
                || (i == 0 && lineStart && LineStartEscaped.Contains(c, StringComparison.Ordinal))
                || i == numbered
                || (c == '%' && IsInPercentRun(flat, i));
            if (escaped)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>"%%" opens an Obsidian comment; a single '%' is just a percent sign.</summary>
    private static bool IsInPercentRun(string text, int index) =>
        (index > 0 && text[index - 1] == '%') || (index + 1 < text.Length && text[index + 1] == '%');

    /// <summary>The index of the '.' or ')' in "12. " or "3) " at the start (an ordered list), or -1.</summary>
    private static int OrderedListMarkerEnd(string text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var isMarker = digits is > 0 and <= 9
            && digits < text.Length
            && text[digits] is '.' or ')'
            && (digits + 1 == text.Length || text[digits + 1] == ' ');
        return isMarker ? digits : -1;
    }
}
