using System.CommandLine;

namespace Distill.Cli.Tests;

/// <summary>A command run in process, as a user would type it, with what it printed and its exit code.</summary>
internal sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public static async Task<CommandRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await DistillApp.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }
}
