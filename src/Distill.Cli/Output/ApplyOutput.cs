using Distill.Core.Sources;
using Distill.Core.Vault;

namespace Distill.Cli.Output;

/// <summary>How a run that writes the vault ends, for the commands that apply one plan: undo and merge.</summary>
internal static class ApplyOutput
{
    /// <summary>Every conflict and problem on stderr, then <paramref name="done"/>'s line on stdout when the run went through; the exit code.</summary>
    public static int Finish(Terminal terminal, string vault, ApplyReport report, Func<ApplyReport, string> done)
    {
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
            case ApplyOutcome.Applied or ApplyOutcome.NothingToDo:
                terminal.Out.WriteLine(done(report));
                return (int)ExitCode.Ok;
            case ApplyOutcome.Locked:
                terminal.Report(new Problem(vault, "another distill run holds the vault; nothing written"));
                return (int)ExitCode.NothingWritten;
            default:
                return (int)ExitCode.NothingWritten;
        }
    }
}
