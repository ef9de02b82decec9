namespace Distill.Core.Planning;

/// <summary>
/// A name as a note writes it: a link <c>[[Target|Shown]]</c> or <c>[[Target]]</c> (then both are the target), or plain
/// text, which has no <paramref name="Target"/>. Who it stands for is the resolver's call, never the link's alone.
/// </summary>
internal sealed record NameRef(string Shown, string? Target)
{
    /// <summary>A wikilink as a name: what it shows (flattened), else its target; a heading or block after '#' is no part of the name.</summary>
    public static NameRef Of(WikiLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var shown = link.Shown is null ? link.Target : MarkdownText.Flatten(link.Shown);
        return new NameRef(shown.Length > 0 ? shown : link.Target, link.Target.Length > 0 ? link.Target : null);
    }

    /// <summary>A front matter value: a quoted link (<c>"[[Jai Menon]]"</c>) or a plain name.</summary>
    public static NameRef FromValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        return trimmed.StartsWith("[[", StringComparison.Ordinal) && trimmed.EndsWith("]]", StringComparison.Ordinal) && trimmed.Length > 4
            ? Of(WikiLink.Of(trimmed[2..^2]))
            : new NameRef(MarkdownText.Flatten(trimmed), null);
    }
}
