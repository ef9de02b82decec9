using System.CommandLine;
using Distill.Cli.Output;
using Distill.Core.Pipeline;
using Distill.Core.Sources;
using Distill.Core.Vault;

namespace Distill.Cli.Commands;

internal static class UndoCommand
{
    public static Command Create()
    {
        var command = new Command("undo", "Revert the last run: its notes removed or restored, its sources back in the Inbox.") { GlobalOptions.Vault };
        command.SetAction((parse, ct) => RunAsync(Terminal.From(parse), GlobalOptions.VaultOf(parse), ct));
        return command;
    }

    internal static async Task<int> RunAsync(Terminal terminal, string vault, CancellationToken ct)
    {
        var (config, problem) = VaultConfig.Read(vault, Environment.GetEnvironmentVariable);
        if (config is null)
        {
            terminal.Report(problem!);
            return (int)ExitCode.UsageOrCrash;
        }

        var report = await Applier.UndoAsync(new ApplyOptions(vault, config.GitCommit), ct).ConfigureAwait(false);
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
            case ApplyOutcome.NothingToDo:
                terminal.Out.WriteLine("Nothing to undo.");
                return (int)ExitCode.Ok;
            case ApplyOutcome.Applied:
                terminal.Out.WriteLine($"Undone: {report.Applied.Length} {(report.Applied.Length == 1 ? "change" : "changes")} reverted.");
                return (int)ExitCode.Ok;
            case ApplyOutcome.Locked:
                terminal.Report(new Problem(vault, "another distill run holds the vault; nothing written"));
                return (int)ExitCode.NothingWritten;
            default:
                return (int)ExitCode.NothingWritten;
        }
    }
}
