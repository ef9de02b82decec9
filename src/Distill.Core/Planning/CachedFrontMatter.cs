using System.Collections.Immutable;
using Distill.Core.Sources;

namespace Distill.Core.Planning;

/// <summary>
/// A note's front matter as the note cache keeps it: every top-level key whose value is text or a list, which is all
/// <see cref="FrontMatter.Text"/> and <see cref="FrontMatter.Texts"/> can return; nested maps read as nothing either way.
/// Every key is kept, not only those the planner reads today, so that reading another one later needs no change here.
/// </summary>
/// <param name="BodyStartIndex">The line the body starts at, as <see cref="FrontMatter.BodyStartIndex"/>.</param>
/// <param name="Texts">The keys holding text, with their text as written; in key order, so that the cache is written the same way each time.</param>
/// <param name="Lists">The keys holding a list, with its text items in order.</param>
internal sealed record CachedFrontMatter(
    int BodyStartIndex,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyDictionary<string, ImmutableArray<string>> Lists)
{
    public static CachedFrontMatter Of(FrontMatter frontMatter)
    {
        ArgumentNullException.ThrowIfNull(frontMatter);
        var texts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var lists = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in frontMatter.Values)
        {
            switch (value)
            {
                case string text:
                    texts[key] = text;
                    break;
                case IEnumerable<object?> items:
                    lists[key] = [.. items.OfType<string>()];
                    break;
                default:
                    break;
            }
        }

        return new CachedFrontMatter(frontMatter.BodyStartIndex, texts.ToImmutable(), lists.ToImmutable());
    }

    public FrontMatter ToFrontMatter()
    {
        var values = new Dictionary<string, object?>(Texts.Count + Lists.Count, StringComparer.Ordinal);
        foreach (var (key, text) in Texts)
        {
            values[key] = text;
        }

        foreach (var (key, items) in Lists)
        {
            values[key] = items.Cast<object?>().ToList();
        }

        return new FrontMatter(values, BodyStartIndex);
    }
}
