using System.Text.RegularExpressions;
using Distill.Core.Sources;

namespace Distill.Core.Cleaning;

/// <summary>
/// MacWhisper writes a speaker's name glued to what they said ("Jason ValleryYeah, I apologize",
/// "RemoteOh no"), sometimes after a device label ("Jabra Speak 710 :  Jason ValleryText"). This
/// step splits the name off using the names it knows — the owner, "Remote", and names that start
/// several segments the same way — and gives a device label the name glued behind it elsewhere.
/// </summary>
internal sealed partial class GluedNames : ICleaningStep
{
    /// <summary>Words that start sentences, so a run of them glued to the next word is speech, not a name.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "You", "Yeah", "Yes", "Yep", "Okay", "So", "Hey", "Hi", "Hello", "Thank", "Thanks", "The", "And", "But",
        "No", "Um", "Uh", "Oh", "Well", "Right", "Good", "All", "What", "How", "Why", "This", "That", "It", "We",
    };

    public Source Apply(Source source, CleaningOptions options)
    {
        var known = KnownNames(source, options);
        var split = source.Segments.Select(segment => Split(segment, known)).ToList();
        var nameByLabel = split
            .Where(pair => pair.Name is not null && pair.Segment.Speaker is not null)
            .GroupBy(pair => pair.Segment.Speaker!, StringComparer.Ordinal)
            .Select(group => (Label: group.Key, Names: group.Select(pair => pair.Name!).Distinct(StringComparer.Ordinal).ToList()))
            .Where(entry => entry.Names.Count == 1)
            .ToDictionary(entry => entry.Label, entry => entry.Names[0], StringComparer.Ordinal);
        return source with
        {
            Segments = [.. split.Select(pair => pair.Name is not null
                ? pair.Segment with { Speaker = pair.Name, Text = pair.Remainder }
                : pair.Segment.Speaker is { } label && nameByLabel.TryGetValue(label, out var name)
                    ? pair.Segment with { Speaker = name }
                    : pair.Segment)],
        };
    }

    private static (Segment Segment, string? Name, string Remainder) Split(Segment segment, IReadOnlyList<KnownName> known)
    {
        var text = segment.Text.TrimStart();
        foreach (var name in known)
        {
            if (text.Length > name.Text.Length && text.StartsWith(name.Text, StringComparison.Ordinal) && IsGlued(text[name.Text.Length], segment.Speaker is null, name.Established))
            {
                return (segment, name.Text, text[name.Text.Length..].Trim());
            }
        }

        return (segment, null, segment.Text);
    }

    /// <summary>
    /// A known name with no space after it is glued ("Jason ValleryYeah"); an established one whatever
    /// follows ("Jason Valleryon your side?"), while "Remote" seen nowhere else needs a capital after it,
    /// so "Remotely, …" stays speech. After a device label, punctuation means the name is spoken
    /// ("Jason Vallery, hi"); a line with no label starts with its speaker's name, so there
    /// "Jason Vallery...serious" is glued too.
    /// </summary>
    private static bool IsGlued(char next, bool unlabelled, bool established) =>
        !char.IsWhiteSpace(next)
        && (established || !char.IsLower(next))
        && (unlabelled || next is not (',' or '.' or '?' or '!' or ':' or ';' or '\'' or '’'));

    /// <summary>
    /// The configured names, and glued prefixes that start several segments — or one, when it is a
    /// full name behind a device label, where nothing but a name stands. Longest first, so
    /// "Jason Vallery" is tried before a "Jason".
    /// </summary>
    private static List<KnownName> KnownNames(Source source, CleaningOptions options)
    {
        var candidates = source.Segments
            .Select(segment => (Match: GluedPrefix().Match(segment.Text.TrimStart()), Labelled: segment.Speaker is not null))
            .Where(found => found.Match.Success && !SentenceStarters.Contains(found.Match.Groups["name"].Value.Split(' ')[0]))
            .GroupBy(found => found.Match.Groups["name"].Value, StringComparer.Ordinal)
            .Where(group => group.Count() >= Math.Max(2, source.Segments.Length / 20)
                            || (group.Key.Contains(' ', StringComparison.Ordinal) && group.Any(found => found.Labelled)))
            .Select(group => new KnownName(group.Key, Established: true));
        var configured = new[] { options.Owner }.OfType<string>().Where(name => name.Length > 0).Select(name => new KnownName(name, Established: true));
        return [.. configured.Concat(candidates).Append(new KnownName(SpeakerNamer.RemoteSpeaker, Established: false))
            .DistinctBy(name => name.Text, StringComparer.Ordinal)
            .OrderByDescending(name => name.Text.Length)
            .ThenBy(name => name.Text, StringComparer.Ordinal)];
    }

    /// <summary>A name the step splits off; an established one (configured or seen several times) even before a lower-case letter.</summary>
    private sealed record KnownName(string Text, bool Established);

    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?=\p{Lu}|[(\[>\-""“'‘…])")]
    private static partial Regex GluedPrefix();
}
