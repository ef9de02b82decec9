namespace Distill.Core.Planning;

/// <summary>
/// A name as a note writes it: a link <c>[[Target|Shown]]</c> or <c>[[Target]]</c> (then both are the target), or plain
/// text, which has no <paramref name="Target"/>. Who it stands for is the resolver's call, never the link's alone.
/// </summary>
internal sealed record NameRef(string Shown, string? Target)
{
    /// <summary>The inside of a wikilink, "Target|Shown" or "Target", a heading or block after '#' dropped from the target.</summary>
    public static NameRef FromLink(string inside)
    {
        ArgumentNullException.ThrowIfNull(inside);
        var bar = inside.IndexOf('|', StringComparison.Ordinal);
        var target = (bar < 0 ? inside : inside[..bar]).Trim();
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        target = hash < 0 ? target : target[..hash].Trim();
        var shown = bar < 0 ? target : MarkdownText.Flatten(inside[(bar + 1)..]);
        return new NameRef(shown.Length > 0 ? shown : target, target.Length > 0 ? target : null);
    }

    /// <summary>A front matter value: a quoted link (<c>"[[Jai Menon]]"</c>) or a plain name.</summary>
    public static NameRef FromValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        return trimmed.StartsWith("[[", StringComparison.Ordinal) && trimmed.EndsWith("]]", StringComparison.Ordinal) && trimmed.Length > 4
            ? FromLink(trimmed[2..^2])
            : new NameRef(MarkdownText.Flatten(trimmed), null);
    }
}
