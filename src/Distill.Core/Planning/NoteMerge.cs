namespace Distill.Core.Planning;

/// <summary>
/// A fresh rendering of a note merged into the note on disk without losing what the user did (DESIGN invariant 3):
/// text outside regions stays byte for byte; a region still as Distill wrote it is replaced, carrying task statuses
/// over; a region the user edited is kept and reported, unless <c>regenerate</c>; Distill's front matter keys take
/// the fresh values and the user's own keys stay. Merging a note with its own rendering gives it back unchanged.
/// </summary>
internal static class NoteMerge
{
    private const string EditedReason = "edited by hand; kept (ingest --regenerate replaces it)";
    private const string EditedAndGoneReason = "edited by hand and no longer generated; kept (ingest --regenerate removes it)";

    /// <param name="existing">The note on disk.</param>
    /// <param name="fresh">What Distill would write now: front matter, then regions (<see cref="MeetingNote"/>).</param>
    /// <param name="regenerate">Replace regions the user edited too (<c>ingest --regenerate NOTE</c>).</param>
    public static MergedNote Merge(string existing, string fresh, bool regenerate)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(fresh);
        var old = NoteText.Split(existing);
        if (old.Problem is { } problem)
        {
            return new MergedNote(existing, [problem]);
        }

        var newline = NewLine(existing);
        var now = NoteText.Split(newline == "\n" ? fresh : fresh.Replace("\n", newline, StringComparison.Ordinal));
        if (now.Problem is not null)
        {
            throw new ArgumentException($"Distill's own rendering has unreadable front matter: {now.Problem}", nameof(fresh));
        }

        var body = MergeBody(NoteBody.Parse(old.Body), NoteBody.Parse(now.Body), newline, regenerate);
        return new MergedNote(MergeFrontMatter(old, now, newline) + body.Text, body.Conflicts);
    }

    private static string MergeFrontMatter(NoteText old, NoteText now, string newline)
    {
        if (!now.HasFrontMatter)
        {
            return old.FrontMatter;
        }

        var distillKeys = now.Entries.Select(entry => entry.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var users = old.Entries.Where(entry => entry.Key is null || !distillKeys.Contains(entry.Key));
        return "---" + newline + string.Concat(now.Entries.Concat(users).Select(entry => entry.Text)) + "---" + newline;
    }

    private static MergedNote MergeBody(NoteBody old, NoteBody now, string newline, bool regenerate)
    {
        var untouchable = old.Untouchable;
        var fresh = now.Regions.ToDictionary(region => region.Name, StringComparer.Ordinal);
        var statuses = TaskStatuses.Of(old.Regions.Where(region => !untouchable.Contains(region.Name)));
        var conflicts = old.Conflicts.ToList();
        var output = new List<(string Text, string? Region)>();
        foreach (var part in old.Parts)
        {
            if (part is not Region region || untouchable.Contains(region.Name))
            {
                output.Add((part.Text, null));
                continue;
            }

            var replace = regenerate || !region.IsEdited;
            if (fresh.TryGetValue(region.Name, out var replacement))
            {
                output.Add((replace ? statuses.Apply(replacement.Text) : region.Text, region.Name));
                if (!replace)
                {
                    conflicts.Add(new NoteConflict(region.Name, EditedReason));
                }
            }
            else if (!replace)
            {
                output.Add((region.Text, region.Name));
                conflicts.Add(new NoteConflict(region.Name, EditedAndGoneReason));
            }
        }

        Insert(output, [.. now.Regions.Where(region => !untouchable.Contains(region.Name))], statuses, newline);
        return new MergedNote(string.Concat(output.Select(item => item.Text)), [.. conflicts]);
    }

    /// <summary>
    /// Adds each fresh region the note lacks after the nearest region before it in the fresh order, else before the
    /// note's first region, else at the end, each with a blank line between it and its neighbour region.
    /// </summary>
    private static void Insert(List<(string Text, string? Region)> output, List<Region> fresh, TaskStatuses statuses, string newline)
    {
        for (var i = 0; i < fresh.Count; i++)
        {
            var name = fresh[i].Name;
            if (output.Exists(item => item.Region == name))
            {
                continue;
            }

            var text = statuses.Apply(fresh[i].Text);
            var anchor = fresh.Take(i).Reverse().Select(before => output.FindIndex(item => item.Region == before.Name)).FirstOrDefault(index => index >= 0, -1);
            var first = output.FindIndex(item => item.Region is not null);
            if (anchor >= 0)
            {
                output.Insert(anchor + 1, (newline + text, name));
            }
            else if (first >= 0)
            {
                output.Insert(first, (text + newline, name));
            }
            else
            {
                var all = string.Concat(output.Select(item => item.Text));
                var gap = all.Length == 0 ? string.Empty : all.EndsWith('\n') ? newline : newline + newline;
                output.Add((gap + text, name));
            }
        }
    }

    /// <summary>The note's line end, taken from its first line, so that what Distill writes into it matches.</summary>
    private static string NewLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end > 0 && text[end - 1] == '\r' ? "\r\n" : "\n";
    }
}
