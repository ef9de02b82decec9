using System.Diagnostics;

namespace Distill.Core.Tests.Vault;

/// <summary>A real git repository in a test vault, with a local identity so commits work on any machine, ignoring <c>.distill/</c>.</summary>
internal static class GitRepository
{
    public static void Init(TempVault vault)
    {
        Run(vault, "init", "--quiet", "--initial-branch=main");
        Run(vault, "config", "user.name", "Distill Test");
        Run(vault, "config", "user.email", "test@distill.invalid");
        Run(vault, "config", "commit.gpgsign", "false");
        File.AppendAllText(vault.Full(".git/info/exclude"), ".distill/\n");
    }

    public static void Commit(TempVault vault, string message)
    {
        Run(vault, "add", "-A");
        Run(vault, "commit", "--quiet", "-m", message);
    }

    public static string Run(TempVault vault, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = vault.Path };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEndAsync();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        return git.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error}");
    }
}
