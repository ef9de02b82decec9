using System.Text.Json;
using System.Text.Json.Nodes;
using Distill.Core.Pipeline;
using Distill.Core.Planning;
using Distill.Core.Vault;
using Spectre.Console;

namespace Distill.Cli.Output;

/// <summary>What an ingest did, as the table a person reads or the JSON a script reads.</summary>
internal static class IngestSummary
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void WriteTable(IAnsiConsole console, IngestResult result)
    {
        var table = new Table().AddColumns("created", "updated", "unchanged", "failed", "archived");
        table.AddRow([.. Counts(result).Select(count => count.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        console.Write(table);
    }

    public static string WriteJson(IngestResult result, string vault)
    {
        var counts = Counts(result).ToArray();
        var json = new JsonObject
        {
            ["outcome"] = Outcome(result),
            ["created"] = counts[0],
            ["updated"] = counts[1],
            ["unchanged"] = counts[2],
            ["failed"] = counts[3],
            ["archived"] = counts[4],
            ["sources"] = new JsonArray([.. result.Planned.Outcomes.Select(outcome => (JsonNode)new JsonObject
            {
                ["file"] = VaultPath.Shown(outcome.From, vault),
                ["outcome"] = outcome.Kind.ToString().ToLowerInvariant(),
                ["note"] = outcome.Note,
                ["detail"] = outcome.Detail,
            })]),
            ["changes"] = new JsonArray([.. result.Planned.Plan.Changes.Select(change => (JsonNode)new JsonObject
            {
                ["change"] = Kind(change),
                ["path"] = change.Path,
            })]),
            ["conflicts"] = new JsonArray([
                .. result.Planned.LeftAlone.Select(problem => (JsonNode)new JsonObject { ["path"] = problem.File, ["reason"] = problem.Reason }),
                .. (result.Applied?.Conflicts ?? []).Select(conflict => (JsonNode)new JsonObject
                {
                    ["path"] = conflict.Path,
                    ["reason"] = conflict.Reason,
                }),
            ]),
        };
        return json.ToJsonString(Indented);
    }

    /// <summary>Created, updated, unchanged, failed, archived: for a dry run, what the plan would do.</summary>
    private static IEnumerable<int> Counts(IngestResult result)
    {
        var outcomes = result.Planned.Outcomes;
        var applied = result.Applied is null || result.Applied.Outcome is ApplyOutcome.Applied or ApplyOutcome.NothingToDo;
        int Count(IngestOutcomeKind kind) => applied ? outcomes.Count(outcome => outcome.Kind == kind) : 0;
        return
        [
            Count(IngestOutcomeKind.Created), Count(IngestOutcomeKind.Updated), Count(IngestOutcomeKind.Unchanged),
            Count(IngestOutcomeKind.Failed), applied ? result.Planned.Plan.Changes.OfType<ArchiveSource>().Count() : 0,
        ];
    }

    private static string Outcome(IngestResult result) => result.Applied?.Outcome switch
    {
        null => "dry-run",
        ApplyOutcome.Applied or ApplyOutcome.NothingToDo => "applied",
        ApplyOutcome.Locked => "locked",
        _ => "rolled-back",
    };

    private static string Kind(FileChange change) => change switch
    {
        CreateFile => "create",
        PatchFile => "patch",
        DeleteFile => "delete",
        ArchiveSource => "archive",
        RejectSource => "reject",
        _ => throw new System.Diagnostics.UnreachableException(),
    };
}
