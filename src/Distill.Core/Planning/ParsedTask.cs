using System.Collections.Immutable;
using Distill.Core.Extraction;

namespace Distill.Core.Planning;

/// <summary>
/// A task line as the Obsidian Tasks plugin reads it (<see cref="TaskLine.Parse"/>).
/// </summary>
/// <param name="Prefix">The indentation and list marker before the checkbox ("- ", "  * ", "1. ").</param>
/// <param name="Status">The character between the brackets.</param>
/// <param name="Description">What is left once the fields are read off the end, trailing tags added back, as the plugin shows it.</param>
/// <param name="Priority">The priority symbol, or null for normal.</param>
/// <param name="Due">📅, when it holds a date.</param>
/// <param name="Done">✅, when it holds a date.</param>
/// <param name="Cancelled">❌, when it holds a date.</param>
/// <param name="Id">🆔, the task's id.</param>
/// <param name="Fields">Every field read off the end except tags and the block id, as written ("📅 2025-10-03", "⏫"), last first.</param>
/// <param name="Tags">The tags read off the end, without '#', in line order.</param>
/// <param name="BlockId">The block id at the very end, without '^'.</param>
internal sealed record ParsedTask(
    string Prefix,
    string Status,
    string Description,
    Priority? Priority,
    DateOnly? Due,
    DateOnly? Done,
    DateOnly? Cancelled,
    string? Id,
    ImmutableArray<string> Tags,
    string? BlockId,
    ImmutableArray<string> Fields)
{
    public const string DoneSymbol = "✅";
    public const string CancelledSymbol = "❌";

    /// <summary>The fields that record what happened to the task (done, cancelled), not what it is.</summary>
    public IEnumerable<string> StatusFields => Fields.Where(IsStatusField);

    /// <summary>
    /// The task as written, less what ticking it changes (status, done and cancelled dates) and less the order of its
    /// fields, which the plugin rewrites when it ticks a line: two lines with the same form are the same task.
    /// </summary>
    public string Normalised
    {
        get
        {
            var fields = Fields.Where(written => !IsStatusField(written)).Order(StringComparer.Ordinal);
            var block = BlockId is null ? string.Empty : " ^" + BlockId;
            return $"{Prefix} [ ] {Description} {string.Join(' ', fields)}{block}";
        }
    }

    private static bool IsStatusField(string field) =>
        field.StartsWith(DoneSymbol, StringComparison.Ordinal) || field.StartsWith(CancelledSymbol, StringComparison.Ordinal);
}
