using System.CommandLine;
using Distill.Cli.Output;
using Distill.Core.Pipeline;
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
        return ApplyOutput.Finish(terminal, vault, report, done => done.Outcome == ApplyOutcome.NothingToDo
            ? "Nothing to undo."
            : $"Undone: {done.Applied.Length} {(done.Applied.Length == 1 ? "change" : "changes")} reverted.");
    }
}
