namespace Distill.Core.Planning;

/// <summary>
/// What the user did to Distill's tasks — the status, and the done or cancelled date the Tasks plugin adds — carried
/// from the note on disk to a fresh rendering, matched by the task's 🆔 (DESIGN invariant 3).
/// </summary>
internal sealed class TaskStatuses
{
    private readonly Dictionary<string, ParsedTask> byId;

    private TaskStatuses(Dictionary<string, ParsedTask> byId) => this.byId = byId;

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

        return new TaskStatuses(byId);
    }

    /// <summary><paramref name="text"/> with each task line that has a known id given that task's status and dates.</summary>
    public string Apply(string text) => string.Concat(TextLines.Of(text).Select(Carry));

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
}
