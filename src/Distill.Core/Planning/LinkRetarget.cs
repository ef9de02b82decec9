using System.Text;

namespace Distill.Core.Planning;

/// <summary>
/// Links pointed at other notes across a whole note, front matter, regions and the user's text alike: what
/// <c>distill merge</c> does when one entity becomes another's alias. A region still as Distill wrote it gets the hash of
/// its new body, so the next run does not take Distill's own rewrite for an edit; a region the user edited stays edited.
/// </summary>
internal static class LinkRetarget
{
    /// <param name="content">The note.</param>
    /// <param name="retarget">The new target of a link, or null to leave it as it is.</param>
    public static string Apply(string content, Func<WikiLink, string?> retarget)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.Contains("[[", StringComparison.Ordinal))
        {
            return content;
        }

        var note = NoteText.Split(content);
        var body = NoteBody.Parse(note.Body);
        var result = new StringBuilder(content.Length + 64).Append(Rewrite(note.FrontMatter, retarget));
        foreach (var part in body.Parts)
        {
            result.Append(part is Region region && !body.Untouchable.Contains(region.Name) ? Rewrite(region, retarget) : Rewrite(part.Text, retarget));
        }

        return result.ToString();
    }

    private static string Rewrite(Region region, Func<WikiLink, string?> retarget)
    {
        var beginLine = region.Text[..(region.Text.IndexOf('\n') + 1)];
        var body = Rewrite(region.Body, retarget);
        if (body == region.Body)
        {
            return region.Text;
        }

        var endLines = region.Text[(beginLine.Length + region.Body.Length)..];
        var begin = region.IsEdited ? beginLine : beginLine.Replace(region.StoredHash, Region.HashOf(body), StringComparison.Ordinal);
        return begin + body + endLines;
    }

    private static string Rewrite(string text, Func<WikiLink, string?> retarget)
    {
        StringBuilder? result = null;
        var copied = 0;
        foreach (var link in WikiLink.In(text))
        {
            if (retarget(link) is not { } target || target == link.Target)
            {
                continue;
            }

            result ??= new StringBuilder(text.Length + 64);
            result.Append(text, copied, link.Index - copied).Append(link.WithTarget(target));
            copied = link.Index + link.Length;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }
}
