using System.Collections.Immutable;
using System.Text;

namespace Distill.Core.Planning;

/// <summary>
/// Names written as links to their entity notes: <c>[[Jai Menon]]</c>, or <c>[[Jai Menon|Jai]]</c> where the text says
/// "Jai". The link target is the entity's safe name, which is its note's file name, so the link resolves. A name the
/// map does not know stays plain text.
/// </summary>
internal sealed class EntityLinks
{
    private readonly IReadOnlyDictionary<string, string> entities;

    /// <summary>The names to look for in prose, longest first so "Jai Menon" wins over "Jai"; one-letter names are too ambiguous.</summary>
    private readonly ImmutableArray<string> names;

    public EntityLinks(IReadOnlyDictionary<string, string> entities)
    {
        this.entities = entities;
        names = [.. entities.Keys.Where(name => name.Length > 1).OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal)];
    }

    /// <summary>The canonical entity <paramref name="name"/> stands for, or null.</summary>
    public string? EntityOf(string name) => entities.TryGetValue(name, out var entity) ? entity : null;

    /// <summary>A link to <paramref name="entity"/>, showing <paramref name="shown"/> when it differs from the target.</summary>
    public static string Link(string entity, string? shown = null)
    {
        var target = SafeName.For(entity);
        var alias = string.Concat(MarkdownText.Flatten(shown ?? entity).Where(c => c is not ('[' or ']' or '|')));
        return alias.Length == 0 || alias == target ? $"[[{target}]]" : $"[[{target}|{alias}]]";
    }

    /// <summary>
    /// <paramref name="text"/> as one escaped line (<see cref="MarkdownText.Inline"/>) with every whole-word occurrence
    /// of a known name made a link.
    /// </summary>
    public string Prose(string text)
    {
        var flat = MarkdownText.Flatten(text);
        var result = new StringBuilder(flat.Length + 16);
        var plain = 0;
        var i = 0;
        while (i < flat.Length)
        {
            var name = IsWordStart(flat, i) ? names.FirstOrDefault(candidate => IsWordAt(flat, i, candidate)) : null;
            if (name is null)
            {
                i++;
                continue;
            }

            result.Append(MarkdownText.Escape(flat[plain..i], lineStart: plain == 0));
            result.Append(Link(entities[name], name));
            i += name.Length;
            plain = i;
        }

        return result.Append(MarkdownText.Escape(flat[plain..], lineStart: plain == 0)).ToString();
    }

    private static bool IsWordStart(string text, int index) => index == 0 || !char.IsLetterOrDigit(text[index - 1]);

    private static bool IsWordAt(string text, int index, string name) =>
        text.AsSpan(index).StartsWith(name, StringComparison.Ordinal)
        && (index + name.Length == text.Length || !char.IsLetterOrDigit(text[index + name.Length]));
}
