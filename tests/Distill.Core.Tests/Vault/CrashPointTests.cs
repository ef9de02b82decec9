using System.Diagnostics;
using AwesomeAssertions;
using Distill.Core.Planning;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Vault;

/// <summary>
/// Real crashes: each case runs itself again in a child process with <c>DISTILL_CRASH_AT</c> set, where the apply dies
/// by <see cref="Environment.FailFast(string)"/>; the parent then recovers the vault the child left.
/// </summary>
public sealed class CrashPointTests
{
    private const string VaultVariable = "DISTILL_TEST_VAULT";
    private const string ElsewhereVariable = "DISTILL_TEST_ELSEWHERE";

    [Theory]
    [InlineData(CrashPoints.JournalWritten)]
    [InlineData(CrashPoints.BeforeRename)]
    [InlineData(CrashPoints.AfterRename + ":2")]
    [InlineData(CrashPoints.BeforeDelete)]
    [InlineData(CrashPoints.AfterDelete)]
    [InlineData(CrashPoints.BeforeArchive + ":2")]
    [InlineData(CrashPoints.AfterArchive + ":3")]
    [InlineData(CrashPoints.BeforeJournalDelete)]
    public async Task A_run_killed_at_a_crash_point_is_rolled_back_at_the_next_start(string crashAt)
    {
        if (IsChild)
        {
            if (InChild(crashAt) is { } child)
            {
                await Applier.ApplyAsync(SampleRun.Plan(child.Vault, child.Elsewhere), new ApplyOptions(child.Vault, GitCommit: false), TestContext.Current.CancellationToken);
            }

            return;
        }

        using var vault = new TempVault();
        using var elsewhere = new TempVault();
        SampleRun.Write(vault, elsewhere);
        var before = vault.Snapshot();
        var outside = elsewhere.Snapshot();

        (await CrashAsync(nameof(A_run_killed_at_a_crash_point_is_rolled_back_at_the_next_start), crashAt, vault, elsewhere)).Should().NotBe(0);
        var report = Applier.Recover(vault.Path);

        report.Outcome.Should().Be(ApplyOutcome.RolledBack);
        vault.Snapshot().Should().Equal(before);
        elsewhere.Snapshot().Should().Equal(outside);
    }

    [Fact]
    public async Task A_run_killed_while_rolling_back_is_rolled_back_at_the_next_start()
    {
        const string crashAt = CrashPoints.RollbackStep + ":2";
        if (IsChild)
        {
            if (InChild(crashAt) is { } child)
            {
                var failing = SampleRun.Plan(child.Vault, child.Elsewhere);
                failing = failing with { Changes = failing.Changes.Add(new CreateFile("Blocked.md", "a folder is in the way")) };
                await Applier.ApplyAsync(failing, new ApplyOptions(child.Vault, GitCommit: false), TestContext.Current.CancellationToken);
            }

            return;
        }

        using var vault = new TempVault();
        using var elsewhere = new TempVault();
        SampleRun.Write(vault, elsewhere);
        Directory.CreateDirectory(vault.Full("Blocked.md"));
        var before = vault.Snapshot();

        (await CrashAsync(nameof(A_run_killed_while_rolling_back_is_rolled_back_at_the_next_start), crashAt, vault, elsewhere)).Should().NotBe(0);
        Applier.Recover(vault.Path);

        vault.Snapshot().Should().Equal(before);
    }

    [Fact]
    public void Every_crash_point_has_its_own_name()
    {
        CrashPoints.All.Should().OnlyHaveUniqueItems().And.HaveCount(9);
    }

    [Theory]
    [InlineData("after-rename", "after-rename", 1, true)]
    [InlineData("after-rename", "after-rename", 3, true)]
    [InlineData("after-rename:2", "after-rename", 1, false)]
    [InlineData("after-rename:2", "after-rename", 2, true)]
    [InlineData("after-rename:2", "before-rename", 2, false)]
    [InlineData("after-rename:x", "after-rename", 1, false)]
    public void The_setting_names_a_point_and_optionally_which_pass_through_it(string setting, string point, int hit, bool crashes)
    {
        CrashPoints.Matches(setting, point, hit).Should().Be(crashes);
    }

    /// <summary>In a child only the case it was started for runs; every other one, and every other test, would start children of its own.</summary>
    private static bool IsChild => Environment.GetEnvironmentVariable(CrashPoints.Variable) is not null;

    /// <summary>The folders the parent prepared, when this process is the child asked to crash at <paramref name="crashAt"/>.</summary>
    private static (string Vault, string Elsewhere)? InChild(string crashAt) =>
        Environment.GetEnvironmentVariable(CrashPoints.Variable) == crashAt
            ? (Environment.GetEnvironmentVariable(VaultVariable)!, Environment.GetEnvironmentVariable(ElsewhereVariable)!)
            : null;

    /// <summary>Runs this test assembly again, only <paramref name="method"/>, and returns its exit code.</summary>
    private static async Task<int> CrashAsync(string method, string crashAt, TempVault vault, TempVault elsewhere)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(typeof(CrashPointTests).Assembly.Location);
        }

        foreach (var argument in new[] { "-method", $"{typeof(CrashPointTests).FullName}.{method}", "-noColor" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[CrashPoints.Variable] = crashAt;
        start.Environment[VaultVariable] = vault.Path;
        start.Environment[ElsewhereVariable] = elsewhere.Path;
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"child exit {child.ExitCode}\n{await output}\n{await error}");
        return child.ExitCode;
    }
}
