using System.CommandLine;
using Distill.Cli.Output;
using Distill.Core.Pipeline;
using Distill.Core.Sources;
using Distill.Core.Vault;

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

        var report = outcome.Applied!;
        foreach (var conflict in report.Conflicts)
        {
            terminal.Report(new Problem(conflict.Path, conflict.Reason));
        }

        foreach (var trouble in report.Problems)
        {
            terminal.Report(trouble);
        }

        switch (report.Outcome)
        {
            case ApplyOutcome.Applied:
            case ApplyOutcome.NothingToDo:
                terminal.Out.WriteLine($"Merged {from} into {into}: {report.Applied.Length} {(report.Applied.Length == 1 ? "file" : "files")} changed.");
                return (int)ExitCode.Ok;
            case ApplyOutcome.Locked:
                terminal.Report(new Problem(vault, "another distill run holds the vault; nothing written"));
                return (int)ExitCode.NothingWritten;
            default:
                return (int)ExitCode.NothingWritten;
        }
    }
}
