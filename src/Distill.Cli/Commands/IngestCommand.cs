using System.CommandLine;
using Distill.Cli.Output;
using Distill.Core.Pipeline;
using Distill.Core.Planning;
using Distill.Core.Sources;
using Distill.Core.Vault;
using Spectre.Console;

namespace Distill.Cli.Commands;

internal static class IngestCommand
{
    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "Files or folders to ingest (default: everything under the Inbox).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Print the plan as a diff; write nothing." };

    private static readonly Option<bool> Reprocess = new("--reprocess")
    {
        Description = "Regenerate every note from its archived source (after an extractor upgrade), keeping edits and task statuses.",
    };

    private static readonly Option<string?> Regenerate = new("--regenerate")
    {
        Description = "Regenerate one note (vault path), replacing the regions you edited.",
    };

    public static Command Create()
    {
        var command = new Command("ingest", "Turn the Inbox's files into notes.") { Paths, DryRun, Reprocess, Regenerate, GlobalOptions.Vault, GlobalOptions.Json };
        command.SetAction((parse, ct) => RunAsync(
            Terminal.From(parse),
            GlobalOptions.VaultOf(parse),
            parse.GetValue(Paths) ?? [],
            new IngestFlags(parse.GetValue(DryRun), parse.GetValue(Reprocess), parse.GetValue(Regenerate), parse.GetValue(GlobalOptions.Json)),
            TimeProvider.System,
            ct));
        return command;
    }

    internal static async Task<int> RunAsync(Terminal terminal, string vault, IReadOnlyList<string> paths, IngestFlags flags, TimeProvider clock, CancellationToken ct)
    {
        if (VaultAccess.ConfigOf(terminal, vault) is not { } config)
        {
            return (int)ExitCode.UsageOrCrash;
        }

        var missing = paths.Select(Path.GetFullPath).Where(path => !File.Exists(path) && !Directory.Exists(path)).ToList();
        foreach (var path in missing)
        {
            terminal.Report(new Problem(path, "no such file or folder"));
        }

        if (missing.Count > 0)
        {
            return (int)ExitCode.InputRejected;
        }

        var request = new IngestRequest(vault, [.. paths.Select(Path.GetFullPath)], flags.DryRun, flags.Reprocess, flags.Regenerate, config, VaultAccess.Today(config, clock));
        var result = await WithProgressAsync(terminal, progress => Ingestion.RunAsync(request, progress, ct)).ConfigureAwait(false);
        return Print(terminal, vault, flags, result);
    }

    private static int Print(Terminal terminal, string vault, IngestFlags flags, IngestResult result)
    {
        if (flags.Json)
        {
            terminal.Out.WriteLine(IngestSummary.WriteJson(result, vault));
        }
        else if (flags.DryRun)
        {
            terminal.Out.Write(PlanDiff.Write(result.Planned.Plan, result.Snapshot, vault));
        }

        foreach (var outcome in result.Planned.Outcomes.Where(outcome => outcome.Kind == IngestOutcomeKind.Failed))
        {
            terminal.Report(new Problem(VaultPath.Shown(outcome.From, vault), outcome.Detail ?? "failed"));
        }

        foreach (var problem in result.Planned.LeftAlone)
        {
            terminal.Report(problem);
        }

        foreach (var outcome in result.Planned.Outcomes.Where(outcome => outcome.Conflict))
        {
            terminal.Report(new Problem(outcome.Note ?? VaultPath.Shown(outcome.From, vault), outcome.Detail ?? "left alone"));
        }

        var applied = result.Applied;
        foreach (var conflict in applied?.Conflicts ?? [])
        {
            terminal.Report(new Problem(conflict.Path, conflict.Reason));
        }

        foreach (var problem in applied?.Problems ?? [])
        {
            terminal.Report(problem);
        }

        if (!flags.Json && !flags.DryRun)
        {
            IngestSummary.WriteTable(terminal.Screen, result);
        }

        return applied?.Outcome switch
        {
            ApplyOutcome.Locked => Fail(terminal, vault, "another distill run holds the vault; nothing written", ExitCode.NothingWritten),
            ApplyOutcome.RolledBack or ApplyOutcome.RollbackFailed => (int)ExitCode.NothingWritten,
            _ => (int)(result.Planned.Outcomes.Any(outcome => outcome.Kind == IngestOutcomeKind.Failed) ? ExitCode.InputRejected : ExitCode.Ok),
        };
    }

    private static int Fail(Terminal terminal, string vault, string reason, ExitCode code)
    {
        terminal.Report(new Problem(vault, reason));
        return (int)code;
    }

    /// <summary>A progress bar on stderr while the sources are read, when stderr is a terminal.</summary>
    private static async Task<T> WithProgressAsync<T>(Terminal terminal, Func<IProgress<IngestProgress>?, Task<T>> work)
    {
        var screen = terminal.ProgressScreen;
        if (!screen.Profile.Capabilities.Interactive)
        {
            return await work(null).ConfigureAwait(false);
        }

        return await screen.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Reading sources");
            return await work(new Progress<IngestProgress>(progress =>
            {
                task.MaxValue = progress.Total;
                task.Value = Math.Max(task.Value, progress.Done);
            })).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }
}
