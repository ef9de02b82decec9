using System.Text.RegularExpressions;

namespace Distill.Core.Planning;

/// <summary>
/// One Obsidian wikilink as written: <c>[[Target]]</c>, <c>[[Target|Shown]]</c>, <c>[[Target#^block|Shown]]</c>,
/// <c>[[#^block]]</c>, embeds <c>![[…]]</c> alike. A link escaped with a backslash (what <see cref="MarkdownText"/>
/// writes for transcript text) is not a link.
/// </summary>
/// <param name="Index">Where the link's <c>[[</c> starts in the text.</param>
/// <param name="Length">Up to and including its <c>]]</c>.</param>
/// <param name="Target">The note, by file name or vault path without <c>.md</c>; empty for a link inside the same note.</param>
/// <param name="Subpath">What follows <c>#</c> (a heading, or <c>^block</c>), without the <c>#</c>; empty when none.</param>
/// <param name="Shown">The text after <c>|</c>, or null.</param>
internal sealed partial record WikiLink(int Index, int Length, string Target, string Subpath, string? Shown)
{
    /// <summary>The block id a link points to (<c>#^k3f9a2</c> → <c>k3f9a2</c>), or null.</summary>
    public string? Block => Subpath.StartsWith('^') ? Subpath[1..] : null;

    /// <summary>The file name part of the target: <c>People/Jai Menon/Jai Menon</c> → <c>Jai Menon</c>.</summary>
    public string TargetName => Target[(Target.LastIndexOf('/') + 1)..];

    public static IEnumerable<WikiLink> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("[[", StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (Match match in Pattern().Matches(text))
        {
            yield return Of(match.Groups["inside"].Value) with { Index = match.Index };
        }
    }

    /// <summary>
    /// The link written <c>[[<paramref name="inside"/>]]</c>: the target up to the first <c>#</c> or <c>|</c>, the
    /// subpath after that <c>#</c>, the shown text after the first <c>|</c>.
    /// </summary>
    public static WikiLink Of(string inside)
    {
        ArgumentNullException.ThrowIfNull(inside);
        var bar = inside.IndexOf('|', StringComparison.Ordinal);
        var head = bar < 0 ? inside : inside[..bar];
        var hash = head.IndexOf('#', StringComparison.Ordinal);
        return new WikiLink(
            0,
            inside.Length + 4,
            (hash < 0 ? head : head[..hash]).Trim(),
            hash < 0 ? string.Empty : head[(hash + 1)..],
            bar < 0 ? null : inside[(bar + 1)..]);
    }

    /// <summary>The link written back with another target, its subpath and shown text kept.</summary>
    public string WithTarget(string target)
    {
        var subpath = Subpath.Length > 0 ? "#" + Subpath : string.Empty;
        var shown = Shown ?? (Subpath.Length > 0 ? null : Target);
        return shown is null || shown == target ? $"[[{target}{subpath}]]" : $"[[{target}{subpath}|{shown}]]";
    }

    [GeneratedRegex(@"(?<!\\)\[\[(?<inside>[^\]\n]*)\]\]")]
    private static partial Regex Pattern();
}
