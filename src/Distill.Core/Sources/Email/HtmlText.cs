using System.Text;
using System.Text.RegularExpressions;
using MimeKit.Text;

namespace Distill.Core.Sources.Email;

/// <summary>
/// An HTML body as readable text: MimeKit's tokenizer reads the HTML (entities decoded); block elements
/// become line breaks, script, style and head are dropped. MimeKit 4.18 has no HTML-to-text converter of
/// its own, only a previewer that cuts the text short.
/// </summary>
internal static partial class HtmlText
{
    public static string Of(string html)
    {
        var tokenizer = new HtmlTokenizer(new StringReader(html)) { DecodeCharacterReferences = true };
        var text = new StringBuilder(html.Length / 2);
        var hidden = 0;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when IsHidden(tag.Id):
                    hidden = tag.IsEndTag ? Math.Max(0, hidden - 1) : tag.IsEmptyElement ? hidden : hidden + 1;
                    break;
                case HtmlTagToken tag when tag.Id is HtmlTagId.Br:
                    text.Append('\n');
                    break;
                case HtmlTagToken tag when tag.Id is HtmlTagId.TD or HtmlTagId.TH && !tag.IsEndTag:
                    text.Append(' ');
                    break;
                case HtmlTagToken tag when IsBlock(tag.Id):
                    text.Append("\n\n");
                    break;
                case HtmlDataToken data when hidden == 0 && token.Kind is HtmlTokenKind.Data or HtmlTokenKind.CData:
                    text.Append(Whitespace().Replace(data.Data, " "));
                    break;
            }
        }

        var lines = text.ToString().Split('\n').Select(line => line.Trim(' '));
        return BlankRuns().Replace(string.Join('\n', lines), "\n\n").Trim('\n');
    }

    private static bool IsHidden(HtmlTagId id) => id is HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Head or HtmlTagId.Title;

    private static bool IsBlock(HtmlTagId id) => id is HtmlTagId.P or HtmlTagId.Div or HtmlTagId.TR or HtmlTagId.LI or HtmlTagId.UL
        or HtmlTagId.OL or HtmlTagId.Table or HtmlTagId.BlockQuote or HtmlTagId.HR or HtmlTagId.Pre or HtmlTagId.Section
        or HtmlTagId.Article or HtmlTagId.Header or HtmlTagId.Footer or HtmlTagId.H1 or HtmlTagId.H2 or HtmlTagId.H3
        or HtmlTagId.H4 or HtmlTagId.H5 or HtmlTagId.H6 or HtmlTagId.DL or HtmlTagId.DT or HtmlTagId.DD;

    /// <summary>Runs of HTML whitespace (not NBSP, which the author typed on purpose).</summary>
    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankRuns();
}
