using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics;
using Distill.Core.Sources;

namespace Distill.Core.Vault;

/// <summary>
/// Records a committed run as one git commit of exactly the paths it changed, through the git CLI so the user's hooks and
/// signing apply. The user's other changes, staged or not, stay out of it. A failure is a problem, not a rollback: the
/// files on disk are right.
/// </summary>
internal static class GitCommit
{
    /// <summary>Pathspecs taken as they are (a note may be called "Q[1].md"); check-ignore takes paths, not pathspecs, and refuses it.</summary>
    private const string Literal = "--literal-pathspecs";

    public static async Task<Problem?> CommitAsync(string root, IEnumerable<string> changed, string subject)
    {
        if (!Directory.Exists(Path.Combine(root, ".git")) && !File.Exists(Path.Combine(root, ".git")))
        {
            return null;
        }

        try
        {
            var all = changed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var gone = all.Where(path => !File.Exists(Path.Combine(root, path))).ToImmutableArray();
            var tracked = gone.IsEmpty ? GitRun.Skipped : await RunAsync(root, [Literal, "ls-files", "-z", "--", .. gone]).ConfigureAwait(false);
            if (tracked.Failure is { } listing)
            {
                return listing;
            }

            var candidates = all.Where(path => !gone.Contains(path) || tracked.Paths.Contains(path)).ToImmutableArray();
            var ignored = candidates.IsEmpty ? GitRun.Skipped : await RunAsync(root, ["check-ignore", "-z", "--stdin"], allowedExit: 1, input: string.Join('\0', candidates)).ConfigureAwait(false);
            if (ignored.Failure is { } checking)
            {
                return checking;
            }

            var paths = candidates.Except(ignored.Paths).ToImmutableArray();
            if (paths.IsEmpty)
            {
                return null;
            }

            var added = await RunAsync(root, [Literal, "add", "-A", "--", .. paths]).ConfigureAwait(false);
            if (added.Failure is { } adding)
            {
                return adding;
            }

            // An undo can bring files back to what HEAD holds: then there is nothing to commit, which is no failure.
            var staged = await RunAsync(root, [Literal, "diff", "--cached", "--quiet", "--", .. paths], allowedExit: 1).ConfigureAwait(false);
            if (staged.Failure is not null || staged.ExitCode == 0)
            {
                return staged.Failure;
            }

            var message = $"{subject}\n\n{string.Join('\n', paths)}\n";
            return (await RunAsync(root, [Literal, "commit", "--quiet", "--only", "-m", message, "--", .. paths]).ConfigureAwait(false)).Failure;
        }
        catch (Win32Exception e)
        {
            return new Problem(".git", $"git could not be started: {e.Message}");
        }
    }

    private static async Task<GitRun> RunAsync(string root, IEnumerable<string> arguments, int allowedExit = 0, string input = "")
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        using var git = new Process { StartInfo = start };
        git.Start();
        var output = git.StandardOutput.ReadToEndAsync();
        var error = git.StandardError.ReadToEndAsync();
        await git.StandardInput.WriteAsync(input).ConfigureAwait(false);
        git.StandardInput.Close();
        await git.WaitForExitAsync().ConfigureAwait(false);
        var paths = (await output.ConfigureAwait(false)).Split('\0', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
        var failure = git.ExitCode == 0 || git.ExitCode == allowedExit
            ? null
            : new Problem(".git", $"git {start.ArgumentList.First(argument => !argument.StartsWith('-'))} failed: {(await error.ConfigureAwait(false)).Trim()}");
        return new GitRun(git.ExitCode, paths, failure);
    }
}
