using System.Diagnostics;
using AwesomeAssertions;
using Xunit;

namespace Distill.Cli.Tests;

/// <summary>
/// DESIGN invariant 6 with the real process: a run that dies at any instant leaves every file wholly old or wholly new
/// and no source lost, and the next run recovers and finishes with the vault a clean run makes, byte for byte.
/// </summary>
public sealed class CrashSafetyTests
{
    private const string Ledger = ".distill/ledger.json";

    private static readonly Dictionary<string, string> NoCrash = [];

    /// <summary>The crash points an ingest passes (DISTILL_CRASH_AT, src/Distill.Core/Vault/CrashPoints.cs), with the pass to die at.</summary>
    public static TheoryData<string> IngestCrashPoints => new()
    {
        "journal-written", "before-rename", "before-rename:4", "after-rename", "after-rename:4", "before-archive", "before-archive:3",
        "after-archive", "after-archive:5", "before-journal-delete",
    };

    [Theory]
    [MemberData(nameof(IngestCrashPoints))]
    public async Task A_run_that_crashes_at_a_journal_or_write_step_is_recovered_by_the_next(string crashPoint)
    {
        using var expected = await SampleVault.CleanRunAsync(5);
        using var vault = await SampleVault.CreateAsync(5);

        var crashed = await DistillProcess.RunAsync(vault.Path, new Dictionary<string, string> { ["DISTILL_CRASH_AT"] = crashPoint }, "ingest");
        crashed.ExitCode.Should().NotBe(0, "the crash point must be reached");
        vault.AssertNothingTornOrLost(expected);
        var recovered = await DistillProcess.RunAsync(vault.Path, NoCrash, "ingest");

        recovered.ExitCode.Should().Be(0, recovered.Error);
        vault.Files().Should().Equal(expected.Files());
    }

    [Fact]
    public async Task A_crash_during_recovery_is_recovered_by_the_run_after()
    {
        using var expected = await SampleVault.CleanRunAsync(5);
        using var vault = await SampleVault.CreateAsync(5);
        await DistillProcess.RunAsync(vault.Path, new Dictionary<string, string> { ["DISTILL_CRASH_AT"] = "after-archive:2" }, "ingest");

        var crashedAgain = await DistillProcess.RunAsync(vault.Path, new Dictionary<string, string> { ["DISTILL_CRASH_AT"] = "rollback-step:2" }, "ingest");
        crashedAgain.ExitCode.Should().NotBe(0);
        vault.AssertNothingTornOrLost(expected);
        var recovered = await DistillProcess.RunAsync(vault.Path, NoCrash, "ingest");

        recovered.ExitCode.Should().Be(0, recovered.Error);
        vault.Files().Should().Equal(expected.Files());
    }

    [Fact]
    public async Task Two_hundred_kills_at_random_instants_lose_nothing_and_the_next_run_finishes_the_job()
    {
        using var expected = await SampleVault.CleanRunAsync(10);
        var random = new Random(20251124);

        // The instant is drawn over the length of a whole run, re-measured on every recovery (each one is a whole run),
        // so the kills keep landing while the run is under way however the machine's load changes.
        var wholeRun = expected.Duration;
        var kills = 0;
        for (var attempt = 0; kills < 200; attempt++)
        {
            attempt.Should().BeLessThan(400, "most kills must land while the run is under way");
            using var vault = await SampleVault.CreateAsync(10);
            using (var process = DistillProcess.Start(vault.Path, NoCrash, "ingest"))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * wholeRun.TotalMilliseconds * 0.9), TestContext.Current.CancellationToken);
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    kills++;
                }

                await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            }

            vault.AssertNothingTornOrLost(expected);
            var clock = Stopwatch.StartNew();
            var recovered = await DistillProcess.RunAsync(vault.Path, NoCrash, "ingest");
            wholeRun = clock.Elapsed;
            recovered.ExitCode.Should().Be(0, $"attempt {attempt}: {recovered.Error}");
            vault.Files().Should().Equal(expected.Files(), $"attempt {attempt}");
        }
    }

    /// <summary>A vault made by <c>distill init</c> with the first samples of the repository dropped in its Inbox.</summary>
    private sealed class SampleVault(VaultFixture vault, IReadOnlyDictionary<string, byte[]> dropped) : IDisposable
    {
        public string Path => vault.Path;

        public TimeSpan Duration { get; private set; }

        public static async Task<SampleVault> CreateAsync(int meetings)
        {
            var fixture = await VaultFixture.CreateAsync();
            var dropped = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var sample in Directory.GetFiles(Samples.Folder).Order(StringComparer.Ordinal).Take(meetings))
            {
                var name = System.IO.Path.GetFileName(sample);
                dropped[name] = await File.ReadAllBytesAsync(sample);
                fixture.Drop(name, dropped[name]);
            }

            return new SampleVault(fixture, dropped);
        }

        public static async Task<SampleVault> CleanRunAsync(int meetings)
        {
            var vault = await CreateAsync(meetings);
            var timer = Stopwatch.StartNew();
            var run = await DistillProcess.RunAsync(vault.Path, NoCrash, "ingest");
            vault.Duration = timer.Elapsed;
            run.ExitCode.Should().Be(0, run.Error);
            return vault;
        }

        /// <summary>Every file but the derived state of <c>.distill/</c> (journal, undo records, lock), by its hash.</summary>
        public SortedDictionary<string, string> Files() =>
            new(vault.Files(withState: true)
                .Where(file => !file.Key.StartsWith(".distill/", StringComparison.Ordinal) || file.Key is ".distill/config.yaml" or Ledger)
                .ToDictionary(), StringComparer.Ordinal);

        /// <summary>
        /// What a crash may leave before recovery: each file wholly as before or wholly as a clean run writes it (temporary
        /// files aside), and each dropped source byte-exact in the Inbox or in the archive, never in neither.
        /// </summary>
        public void AssertNothingTornOrLost(SampleVault expected)
        {
            var expectedFiles = expected.Files();
            foreach (var (path, hash) in Files().Where(file => !file.Key.EndsWith(".distill-tmp", StringComparison.Ordinal)))
            {
                var dropped = path.StartsWith("Inbox/Transcripts/", StringComparison.Ordinal);
                if (!dropped && path != "TASKS.md" && path != ".distill/config.yaml")
                {
                    expectedFiles.Should().ContainKey(path);
                    hash.Should().Be(expectedFiles[path], $"{path} must be wholly written or absent");
                }
            }

            foreach (var (name, bytes) in dropped)
            {
                var inInbox = System.IO.Path.Combine(vault.Inbox, name);
                var archived = Directory.EnumerateFiles(System.IO.Path.Combine(Path, "Sources"), name, SearchOption.AllDirectories).ToList();
                var copies = archived.Append(inInbox).Where(File.Exists).ToList();
                copies.Should().NotBeEmpty($"{name} must not be lost");
                copies.Should().AllSatisfy(copy => File.ReadAllBytes(copy).Should().Equal(bytes));
            }
        }

        public void Dispose() => vault.Dispose();
    }
}
