using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Distill.Core.Planning;

/// <summary>
/// A note's body (what follows the front matter) cut into the user's text and Distill's regions, in order, so that
/// joining <see cref="Parts"/> gives the body back byte for byte. Markers the user broke or deleted never fail the read:
/// the names they carry are <see cref="Conflicts"/>, their lines are the user's text, and those regions are left alone.
/// </summary>
internal sealed partial record NoteBody(ImmutableArray<NotePart> Parts, ImmutableArray<NoteConflict> Conflicts)
{
    public IEnumerable<Region> Regions => Parts.OfType<Region>();

    /// <summary>The names no merge may touch: regions with broken markers, and names that appear more than once.</summary>
    public ImmutableHashSet<string> Untouchable => [.. Conflicts.Select(conflict => conflict.Part)];

    public static NoteBody Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var lines = TextLines.Of(body);
        var markers = lines.Select((line, index) => Marker.Of(line, index)).OfType<Marker>().ToList();
        var conflicts = new List<NoteConflict>();
        var spans = new List<(int Begin, int End, Marker Marker)>();
        for (var i = 0; i < markers.Count; i++)
        {
            var marker = markers[i];
            if (marker is { IsBegin: true, Hash: not null } && i + 1 < markers.Count && markers[i + 1] is { IsBegin: false, IsValid: true } end && end.Name == marker.Name)
            {
                spans.Add((marker.Line, end.Line, marker));
                i++;
            }
            else
            {
                Add(conflicts, marker.Name, "its distill markers are broken; left alone");
            }
        }

        foreach (var name in spans.GroupBy(span => span.Marker.Name, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key))
        {
            Add(conflicts, name, "appears more than once; left alone");
        }

        return new NoteBody(Cut(lines, spans), [.. conflicts]);
    }

    private static ImmutableArray<NotePart> Cut(List<string> lines, List<(int Begin, int End, Marker Marker)> spans)
    {
        var parts = ImmutableArray.CreateBuilder<NotePart>();
        var outside = new StringBuilder();
        var next = 0;
        foreach (var (begin, end, marker) in spans)
        {
            outside.AppendJoin(string.Empty, lines.Skip(next).Take(begin - next));
            if (outside.Length > 0)
            {
                parts.Add(new OutsideText(outside.ToString()));
                outside.Clear();
            }

            var body = string.Concat(lines.Skip(begin + 1).Take(end - begin - 1));
            parts.Add(new Region(marker.Name, marker.Hash!, body, string.Concat(lines.Skip(begin).Take(end - begin + 1))));
            next = end + 1;
        }

        outside.AppendJoin(string.Empty, lines.Skip(next));
        if (outside.Length > 0)
        {
            parts.Add(new OutsideText(outside.ToString()));
        }

        return parts.ToImmutable();
    }

    private static void Add(List<NoteConflict> conflicts, string name, string reason)
    {
        if (!conflicts.Exists(conflict => conflict.Part == name))
        {
            conflicts.Add(new NoteConflict(name, reason));
        }
    }

    /// <summary>A line that means to be a distill marker; <see cref="IsValid"/> when it is one exactly.</summary>
    private sealed record Marker(int Line, bool IsBegin, string Name, string? Hash, bool IsValid)
    {
        public static Marker? Of(string line, int index)
        {
            var text = TextLines.Content(line).TrimEnd();
            if (Loose().Match(text) is not { Success: true } loose)
            {
                return null;
            }

            var isBegin = loose.Groups["kind"].Value == "begin";
            var name = loose.Groups["name"].Value.Length > 0 ? loose.Groups["name"].Value : "(unnamed)";
            var exact = isBegin ? Begin().Match(text) : End().Match(text);
            return exact.Success
                ? new Marker(index, isBegin, name, isBegin ? exact.Groups["hash"].Value : null, IsValid: true)
                : new Marker(index, isBegin, name, null, IsValid: false);
        }
    }

    [GeneratedRegex(@"^\s*<!--\s*distill:(?<kind>begin|end)\b\s*(?<name>[^\s>]*)")]
    private static partial Regex Loose();

    [GeneratedRegex(@"^<!-- distill:begin (?<name>[a-z0-9][a-z0-9-]*) sha256=(?<hash>[0-9a-f]{64}) -->$")]
    private static partial Regex Begin();

    [GeneratedRegex(@"^<!-- distill:end (?<name>[a-z0-9][a-z0-9-]*) -->$")]
    private static partial Regex End();
}
