using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Distill.Cli.Output;
using Distill.Core.Pipeline;
using Distill.Core.Planning;

namespace Distill.Cli.Commands;

internal static class DoctorCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var command = new Command("doctor", "Point out names that may be one person, dangling links, entities seen once and stale last contacts. Changes nothing.")
        {
            GlobalOptions.Vault, GlobalOptions.Json,
        };
        command.SetAction(parse => Run(Terminal.From(parse), GlobalOptions.VaultOf(parse), parse.GetValue(GlobalOptions.Json)));
        return command;
    }

    internal static int Run(Terminal terminal, string vault, bool json)
    {
        if (VaultAccess.ConfigOf(terminal, vault) is not { } config)
        {
            return (int)ExitCode.UsageOrCrash;
        }

        var report = EntityReport.Doctor(VaultScan.Read(vault, config.Layout), config.Layout, config.Owner);
        if (json)
        {
            terminal.Out.WriteLine(new JsonObject
            {
                ["suspected_duplicates"] = new JsonArray([.. report.Suspects.Select(suspect => (JsonNode)new JsonObject
                {
                    ["name"] = suspect.Name,
                    ["similar"] = suspect.Similar,
                    ["score"] = suspect.Score,
                    ["reason"] = suspect.Reason,
                })]),
                ["dangling_links"] = new JsonArray([.. report.Dangling.Select(link => (JsonNode)new JsonObject { ["note"] = link.Note, ["link"] = link.Link })]),
                ["single_mention"] = new JsonArray([.. report.SingleMention.Select(name => (JsonNode)name)]),
                ["stale_last_contact"] = new JsonArray([.. report.Stale.Select(stale => (JsonNode)new JsonObject
                {
                    ["name"] = stale.Name,
                    ["written"] = EntitiesCommand.Date(stale.Written),
                    ["actual"] = EntitiesCommand.Date(stale.Actual),
                })]),
            }.ToJsonString(Indented));
            return (int)ExitCode.Ok;
        }

        var output = terminal.Out;
        Section(output, "Suspected duplicates (distill merge FROM INTO makes them one)", report.Suspects.Select(suspect => $"{suspect.Name} ~ {suspect.Similar}: {suspect.Reason}"));
        Section(output, "Dangling links", report.Dangling.Select(link => $"{link.Note}: {link.Link}"));
        Section(output, "Entities seen in one meeting only", report.SingleMention);
        Section(output, "Stale last_contact", report.Stale.Select(stale => $"{stale.Name}: {EntitiesCommand.Date(stale.Written) ?? "none"}, newest meeting {EntitiesCommand.Date(stale.Actual) ?? "none"}"));
        return (int)ExitCode.Ok;
    }

    private static void Section(TextWriter output, string heading, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        output.WriteLine($"{heading}: {(all.Count == 0 ? "none" : all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}");
        foreach (var line in all)
        {
            output.WriteLine("  " + line);
        }
    }
}
