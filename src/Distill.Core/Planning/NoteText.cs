using System.Collections.Immutable;

namespace Distill.Core.Planning;

/// <summary>
/// A note cut into its front matter, key by key, and its body. The front matter is read defensively, with the caps
/// and the one library boundary of <see cref="Sources.FrontMatter"/>: when it cannot be read (too big, too deep, not YAML,
/// not closed), <see cref="Problem"/> says why and the note must not be merged.
/// </summary>
/// <param name="FrontMatter">The whole block, fences included, as in the file; empty when the note has none.</param>
/// <param name="Entries">Its top-level keys in order.</param>
/// <param name="Body">Everything after it.</param>
/// <param name="Problem">Why the front matter cannot be read; the note is then all <paramref name="Body"/>.</param>
internal sealed record NoteText(string FrontMatter, ImmutableArray<FrontMatterEntry> Entries, string Body, NoteConflict? Problem)
{
    public bool HasFrontMatter => FrontMatter.Length > 0;

    public static NoteText Split(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var lines = TextLines.Of(note);
        if (lines.Count == 0 || TextLines.Content(lines[0]).TrimEnd() != "---")
        {
            return new NoteText(string.Empty, [], note, null);
        }

        var warnings = new List<string>();
        var read = Sources.FrontMatter.Read([.. lines.Select(TextLines.Content)], warnings);
        if (warnings.Count > 0)
        {
            return Unreadable(note, warnings[0]);
        }

        var yaml = lines.Skip(1).Take(read.BodyStartIndex - 2).ToList();
        var entries = Cut(yaml);
        if (entries is null)
        {
            return Unreadable(note, "front matter could not be cut into its keys; left alone");
        }

        return new NoteText(string.Concat(lines.Take(read.BodyStartIndex)), entries.Value, string.Concat(lines.Skip(read.BodyStartIndex)), null);
    }

    private static NoteText Unreadable(string note, string reason) =>
        new(string.Empty, [], note, new NoteConflict(NoteConflict.FrontMatterPart, reason));

    /// <summary>
    /// The lines cut where a new top-level key starts (a line that starts with neither white space, '-' nor '#'),
    /// each piece read on its own to learn its key; null when a piece does not hold exactly one.
    /// </summary>
    private static ImmutableArray<FrontMatterEntry>? Cut(List<string> yaml)
    {
        var pieces = new List<List<string>>();
        foreach (var line in yaml)
        {
            if (pieces.Count == 0 || (IsKeyLine(line) && pieces[^1].Exists(IsKeyLine)))
            {
                pieces.Add([]);
            }

            pieces[^1].Add(line);
        }

        var entries = ImmutableArray.CreateBuilder<FrontMatterEntry>();
        foreach (var piece in pieces)
        {
            if (!piece.Exists(IsKeyLine))
            {
                entries.Add(new FrontMatterEntry(null, string.Concat(piece)));
                continue;
            }

            var warnings = new List<string>();
            var values = Sources.FrontMatter.Read(["---", .. piece.Select(TextLines.Content), "---"], warnings).Values;
            if (warnings.Count > 0 || values.Count != 1)
            {
                return null;
            }

            entries.Add(new FrontMatterEntry(values.Keys.Single(), string.Concat(piece)));
        }

        return entries.ToImmutable();
    }

    private static bool IsKeyLine(string line)
    {
        var content = TextLines.Content(line);
        return content.Length > 0 && !char.IsWhiteSpace(content[0]) && content[0] is not '-' and not '#';
    }
}
