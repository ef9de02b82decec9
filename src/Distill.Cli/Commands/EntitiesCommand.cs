using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Distill.Cli.Output;
using Distill.Core.Pipeline;
using Distill.Core.Planning;
using Spectre.Console;

namespace Distill.Cli.Commands;

internal static class EntitiesCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var command = new Command("entities", "List the people, projects and customers the vault knows, with their aliases and meetings.") { GlobalOptions.Vault, GlobalOptions.Json };
        command.SetAction(parse => Run(Terminal.From(parse), GlobalOptions.VaultOf(parse), parse.GetValue(GlobalOptions.Json)));
        return command;
    }

    internal static int Run(Terminal terminal, string vault, bool json)
    {
        if (VaultAccess.ConfigOf(terminal, vault) is not { } config)
        {
            return (int)ExitCode.UsageOrCrash;
        }

        var entities = EntityReport.List(VaultScan.Read(vault, config.Layout), config.Layout, config.Owner);
        if (json)
        {
            terminal.Out.WriteLine(new JsonArray([.. entities.Select(entity => (JsonNode)new JsonObject
            {
                ["name"] = entity.Name,
                ["kind"] = entity.Kind.ToString().ToLowerInvariant(),
                ["note"] = entity.Note,
                ["has_note"] = entity.HasNote,
                ["aliases"] = new JsonArray([.. entity.Aliases.Select(alias => (JsonNode)alias)]),
                ["emails"] = new JsonArray([.. entity.Emails.Select(email => (JsonNode)email)]),
                ["meetings"] = entity.Meetings,
                ["last_contact"] = Date(entity.LastContact),
            })]).ToJsonString(Indented));
            return (int)ExitCode.Ok;
        }

        var table = new Table().AddColumns("name", "kind", "aliases", "meetings", "last contact");
        foreach (var entity in entities)
        {
            table.AddRow(
                Markup.Escape(entity.Name),
                entity.Kind.ToString().ToLowerInvariant(),
                Markup.Escape(string.Join(", ", entity.Aliases)),
                entity.Meetings.ToString(CultureInfo.InvariantCulture),
                Date(entity.LastContact) ?? string.Empty);
        }

        terminal.Screen.Write(table);
        return (int)ExitCode.Ok;
    }

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
