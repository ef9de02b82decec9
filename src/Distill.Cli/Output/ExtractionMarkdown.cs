using System.Globalization;
using System.Text;
using Distill.Core.Extraction;

namespace Distill.Cli.Output;

/// <summary>An extraction as a person reads it: the title, who took part, then each field that has something.</summary>
internal static class ExtractionMarkdown
{
    public static string Write(Extraction extraction)
    {
        var source = extraction.Source;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {source.Title}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{source.Date:yyyy-MM-dd} · {source.Format} · {source.Segments.Length} {(source.Segments.Length == 1 ? "segment" : "segments")}\n\n");
        if (!extraction.Participants.IsEmpty)
        {
            text.Append(CultureInfo.InvariantCulture, $"Participants: {string.Join(", ", extraction.Participants)}\n\n");
        }

        if (extraction.Summary.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Summary\n{extraction.Summary}\n\n");
        }

        Section(text, "Key facts", extraction.KeyFacts.Select(item => item.Text));
        Section(text, "Outcomes", extraction.Outcomes.Select(item => item.Text));
        Section(text, "Decisions", extraction.Decisions.Select(item => item.Text));
        Section(text, "Action items", extraction.ActionItems.Select(Task));
        Section(text, "Follow-ups", extraction.FollowUps.Select(Task));
        Section(text, "Risks", extraction.Risks.Select(item => item.Text));
        Section(text, "Open questions", extraction.OpenQuestions.Select(item => item.Text));
        return text.ToString().TrimEnd();
    }

    private static string Task(TaskItem task)
    {
        var owner = task.Owner is null ? string.Empty : $" — {task.Owner}";
        var due = task.Due is { } date ? $", due {date:yyyy-MM-dd}" : string.Empty;
        return task.Text + owner + due;
    }

    private static void Section(StringBuilder text, string heading, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"## {heading}\n");
        foreach (var line in items)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {line}\n");
        }

        text.Append('\n');
    }
}
