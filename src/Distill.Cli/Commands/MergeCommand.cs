using System.CommandLine;
using Distill.Cli.Output;
using Distill.Core.Pipeline;
using Distill.Core.Sources;

namespace Distill.Cli.Commands;

internal static class MergeCommand
{
    private static readonly Argument<string> From = new("from") { Description = "The name or entity that becomes an alias." };

    private static readonly Argument<string> Into = new("into") { Description = "The entity that remains." };

    public static Command Create()
    {
        var command = new Command("merge", "Make two names one entity: FROM becomes an alias of INTO; notes and links across the vault follow, in one commit.")
        {
            From, Into, GlobalOptions.Vault,
        };
        command.SetAction((parse, ct) => RunAsync(Terminal.From(parse), GlobalOptions.VaultOf(parse), parse.GetValue(From)!, parse.GetValue(Into)!, TimeProvider.System, ct));
        return command;
    }

    internal static async Task<int> RunAsync(Terminal terminal, string vault, string from, string into, TimeProvider clock, CancellationToken ct)
    {
        if (VaultAccess.ConfigOf(terminal, vault) is not { } config)
        {
            return (int)ExitCode.UsageOrCrash;
        }

        var outcome = await Merging.RunAsync(vault, config, from, into, VaultAccess.Today(config, clock), ct).ConfigureAwait(false);
        if (outcome.Problem is { } problem)
        {
            terminal.Report(new Problem(vault, problem));
            return (int)ExitCode.UsageOrCrash;
        }

        return ApplyOutput.Finish(terminal, vault, outcome.Applied!, done =>
            $"Merged {from} into {into}: {done.Applied.Length} {(done.Applied.Length == 1 ? "file" : "files")} changed.");
    }
}
