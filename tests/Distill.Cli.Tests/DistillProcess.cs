using System.Diagnostics;

namespace Distill.Cli.Tests;

/// <summary>The real <c>distill</c> in a child process, for what must survive the process dying: crashes and kills.</summary>
internal static class DistillProcess
{
    /// <summary>The CLI's assembly, which the build copies beside the tests.</summary>
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "distill.dll");

    public static Process Start(string vault, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["exec", Assembly, .. arguments, "--vault", vault])
        {
            start.ArgumentList.Add(argument);
        }

        // A crash must not leave a dump behind, and the owner comes from the vault's configuration alone.
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment.Remove("DISTILL_OWNER");
        start.Environment.Remove("DISTILL_VAULT");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Runs to the end; the exit code and what it printed to stderr.</summary>
    public static async Task<(int ExitCode, string Error)> RunAsync(string vault, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(vault, environment, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        await output.ConfigureAwait(false);
        return (process.ExitCode, await error.ConfigureAwait(false));
    }
}
