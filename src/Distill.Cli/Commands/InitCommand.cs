using System.CommandLine;
using Distill.Cli.Output;
using Distill.Core.Pipeline;
using Distill.Core.Sources;
using Distill.Core.Vault;

namespace Distill.Cli.Commands;

internal static class InitCommand
{
    private static readonly Argument<string?> VaultArgument = new("vault")
    {
        Description = "The folder to make a vault (default: --vault, DISTILL_VAULT, else the current directory).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Command Create()
    {
        var command = new Command("init", "Make a folder a Distill vault: the layout's folders and .distill/config.yaml.") { VaultArgument, GlobalOptions.Vault };
        command.SetAction((parse, ct) => RunAsync(
            Terminal.From(parse),
            parse.GetValue(VaultArgument) is { Length: > 0 } given ? Path.GetFullPath(given) : GlobalOptions.VaultOf(parse),
            ct));
        return command;
    }

    internal static async Task<int> RunAsync(Terminal terminal, string vault, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.Combine(vault, ".distill"));
        var (config, problem) = VaultConfig.Read(vault, Environment.GetEnvironmentVariable);
        if (config is null)
        {
            terminal.Report(problem!);
            return (int)ExitCode.UsageOrCrash;
        }

        foreach (var folder in VaultSetup.Folders(config.Layout))
        {
            Directory.CreateDirectory(Path.Combine(vault, folder));
        }

        var report = await Applier.ApplyAsync(VaultSetup.Plan(vault, config.Layout), new ApplyOptions(vault, config.GitCommit), ct).ConfigureAwait(false);
        foreach (var trouble in report.Problems)
        {
            terminal.Report(trouble);
        }

        foreach (var conflict in report.Conflicts)
        {
            terminal.Report(new Problem(conflict.Path, conflict.Reason));
        }

        if (report.Outcome is ApplyOutcome.Locked or ApplyOutcome.RolledBack or ApplyOutcome.RollbackFailed)
        {
            return (int)ExitCode.NothingWritten;
        }

        terminal.Out.WriteLine($"Vault ready: {vault}");
        return (int)ExitCode.Ok;
    }
}
