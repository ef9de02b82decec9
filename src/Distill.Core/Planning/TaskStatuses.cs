using System.Text.RegularExpressions;

namespace Distill.Core.Planning;

/// <summary>
/// What the user did to Distill's tasks — the status, and the done or cancelled date the Tasks plugin adds — carried
/// from the note on disk to a fresh rendering, matched by the task's 🆔 (DESIGN invariant 3). A task whose wording
/// changed (a newer extractor, <c>ingest --reprocess</c>) has a new id; when it is the only task on both sides that
/// links the same transcript passage, it keeps the old id, so its status and every link to its line survive.
/// </summary>
internal sealed partial class TaskStatuses
{
    private readonly Dictionary<string, ParsedTask> byId;
    private readonly Dictionary<string, List<ParsedTask>> byPassage;

    private TaskStatuses(Dictionary<string, ParsedTask> byId, Dictionary<string, List<ParsedTask>> byPassage)
    {
        this.byId = byId;
        this.byPassage = byPassage;
    }

    /// <summary>The tasks of <paramref name="regions"/> by id; the first line wins when the user copied one.</summary>
    public static TaskStatuses Of(IEnumerable<Region> regions)
    {
        var byId = new Dictionary<string, ParsedTask>(StringComparer.Ordinal);
        var tasks = regions.SelectMany(region => TextLines.Of(region.Body)).Select(line => TaskLine.Parse(TextLines.Content(line)));
        foreach (var task in tasks)
        {
            if (task?.Id is { } id)
            {
                byId.TryAdd(id, task);
            }
        }

        var byPassage = byId.Values
            .Where(task => Passage(task) is not null)
            .GroupBy(task => Passage(task)!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        return new TaskStatuses(byId, byPassage);
    }

    /// <summary>
    /// <paramref name="text"/>, a region as Distill renders it, with each task line that has a known id (or takes one
    /// over) given that task's status and dates; the region's hash is taken again when an id was taken over.
    /// </summary>
    public string Apply(string text)
    {
        var lines = TextLines.Of(text);
        var fresh = lines.Select(line => TaskLine.Parse(TextLines.Content(line))).ToList();
        var freshIds = fresh.Select(task => task?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var freshPassages = fresh.Where(task => task?.Id is not null && !byId.ContainsKey(task.Id)).Select(task => Passage(task!)).OfType<string>()
            .GroupBy(passage => passage, StringComparer.Ordinal).Where(group => group.Count() == 1).Select(group => group.Key).ToHashSet(StringComparer.Ordinal);
        var renamed = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (fresh[i] is not { Id: { } id } task)
            {
                continue;
            }

            if (!byId.ContainsKey(id) && Predecessor(task, freshIds, freshPassages) is { Id: { } oldId })
            {
                lines[i] = Renamed(lines[i], id, oldId);
                freshIds.Add(oldId);
                renamed = true;
            }

            lines[i] = Carry(lines[i]);
        }

        return renamed ? Rehashed(lines) : string.Concat(lines);
    }

    /// <summary>The one old task that linked the same passage, whose id no fresh task has, when there is exactly one.</summary>
    private ParsedTask? Predecessor(ParsedTask task, HashSet<string> freshIds, HashSet<string> freshPassages) =>
        Passage(task) is { } passage && freshPassages.Contains(passage)
        && byPassage.TryGetValue(passage, out var old) && old.Where(candidate => !freshIds.Contains(candidate.Id!)).ToList() is [var only]
            ? only
            : null;

    private static string Renamed(string line, string id, string oldId) =>
        line.Replace($"🆔 {id}", $"🆔 {oldId}", StringComparison.Ordinal).Replace($" ^{id}", $" ^{oldId}", StringComparison.Ordinal);

    /// <summary>The region again, its hash taken over the body as it now reads.</summary>
    private static string Rehashed(List<string> lines)
    {
        var name = Marker().Match(lines[0]).Groups["name"].Value;
        return Region.Render(name, string.Concat(lines.Skip(1).Take(lines.Count - 2)));
    }

    /// <summary>The transcript passage a task links first (<c>[[#^t745|…]]</c>), which stays when its wording changes.</summary>
    private static string? Passage(ParsedTask task) => PassageLink().Match(task.Description) is { Success: true } link ? link.Groups["block"].Value : null;

    private string Carry(string line)
    {
        var content = TextLines.Content(line);
        if (TaskLine.Parse(content) is not { Id: { } id } fresh || !byId.TryGetValue(id, out var old))
        {
            return line;
        }

        // The prefix is indentation and a list marker, so the first '[' opens the checkbox.
        var status = content.IndexOf('[', StringComparison.Ordinal) + 1;
        var width = char.IsHighSurrogate(content[status]) ? 2 : 1;
        var ticked = content[..status] + old.Status + content[(status + width)..];
        var dates = string.Concat(old.StatusFields.Reverse().Select(field => " " + field));
        var blockLink = fresh.BlockId is null ? 0 : fresh.BlockId.Length + 2;
        var withDates = ticked.Insert(ticked.TrimEnd().Length - blockLink, dates);
        return withDates + line[content.Length..];
    }

    [GeneratedRegex(@"\[\[#\^(?<block>[A-Za-z0-9-]+)\|")]
    private static partial Regex PassageLink();

    [GeneratedRegex(@"^<!-- distill:begin (?<name>[a-z0-9][a-z0-9-]*) ")]
    private static partial Regex Marker();
}
