using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Distill.Core.Planning;

/// <summary>
/// A line of a generated note read back as the reader sees it: escapes undone, character references decoded, links shown
/// as their text, evidence links (<c>[[#^t745|12:25]]</c>) and the <c>#needs-review</c> mark taken out. Entity notes are
/// built from this, so a name written as a link and the same name written plain read alike.
/// </summary>
/// <param name="Text">One line, flattened, not escaped.</param>
/// <param name="Names">The links in the line, in order.</param>
/// <param name="Anchors">The block ids the evidence links point to ("t745"), in order.</param>
internal sealed record PlainText(string Text, ImmutableArray<NameRef> Names, ImmutableArray<string> Anchors)
{
    private const string NeedsReview = "#" + MeetingNote.NeedsReviewTag;

    public static PlainText Of(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = new StringBuilder(markdown.Length);
        var names = ImmutableArray.CreateBuilder<NameRef>();
        var anchors = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        while (i < markdown.Length)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length)
            {
                text.Append(markdown[i + 1]);
                i += 2;
            }
            else if (c == '[' && markdown.AsSpan(i).StartsWith("[[") && LinkEnd(markdown, i) is var close and > 0)
            {
                var inside = markdown[(i + 2)..close];
                var link = WikiLink.Of(inside);
                if (inside.StartsWith("#^", StringComparison.Ordinal))
                {
                    anchors.Add(link.Block!);
                }
                else
                {
                    var name = NameRef.Of(link);
                    names.Add(name);
                    text.Append(name.Shown);
                }

                i = close + 2;
            }
            else if (c == '#' && IsNeedsReviewAt(markdown, i))
            {
                i += NeedsReview.Length;
            }
            else if (c == '&' && CharacterReference(markdown, i) is var (decoded, length))
            {
                text.Append(decoded);
                i += length;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        return new PlainText(MarkdownText.Flatten(text.ToString()), names.ToImmutable(), anchors.ToImmutable());
    }

    /// <summary>Where the link opened at <paramref name="open"/> closes; -1 when it does not, or another opens first (only that one is a link).</summary>
    private static int LinkEnd(string markdown, int open)
    {
        var close = markdown.IndexOf("]]", open + 2, StringComparison.Ordinal);
        var next = close < 0 ? -1 : markdown.IndexOf("[[", open + 2, close - open - 2, StringComparison.Ordinal);
        return next < 0 ? close : -1;
    }

    private static bool IsNeedsReviewAt(string markdown, int index) =>
        (index == 0 || markdown[index - 1] == ' ')
        && markdown.AsSpan(index).StartsWith(NeedsReview)
        && (index + NeedsReview.Length == markdown.Length || markdown[index + NeedsReview.Length] == ' ');

    /// <summary>
    /// <c>&amp;#x1F4C5;</c>, as <see cref="TaskLine"/> writes a field symbol inside a task's text so the Tasks plugin
    /// leaves it there: the emoji and the reference's length, or null.
    /// </summary>
    private static (string Decoded, int Length)? CharacterReference(string markdown, int index)
    {
        if (!markdown.AsSpan(index).StartsWith("&#x"))
        {
            return null;
        }

        var end = markdown.IndexOf(';', index + 3);
        if (end < 0 || end - index > 10
            || !int.TryParse(markdown.AsSpan(index + 3, end - index - 3), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code is < 0 or > 0x10FFFF || (code is >= 0xD800 and <= 0xDFFF))
        {
            return null;
        }

        return (char.ConvertFromUtf32(code), end - index + 1);
    }
}
