using System.Diagnostics;
using Distill.Core.Pipeline;
using Distill.Core.Vault;

namespace Distill.Bench;

/// <summary>Vaults the benchmarks ingest into, owned by the corpus's owner.</summary>
internal static class BenchVault
{
    /// <summary>An empty vault as <c>distill init</c> makes it, in a temporary folder.</summary>
    public static async Task<string> CreateAsync()
    {
        var vault = Directory.CreateTempSubdirectory("distill-bench-").FullName;
        var config = ConfigOf(vault);
        foreach (var folder in VaultSetup.Folders(config.Layout))
        {
            Directory.CreateDirectory(Path.Combine(vault, folder));
        }

        await Applier.ApplyAsync(VaultSetup.Plan(vault, config.Layout), new ApplyOptions(vault, GitCommit: false), CancellationToken.None);
        return vault;
    }

    /// <summary>The <c>distill</c> binary the whole-process timings run: <paramref name="given"/>, else the Release build; null, said on stderr, when it is not there.</summary>
    public static string? Distill(string? given)
    {
        var distill = given ?? Path.Combine("src", "Distill.Cli", "bin", "Release", "net10.0", "distill");
        if (File.Exists(distill))
        {
            return distill;
        }

        Console.Error.WriteLine($"distill-bench: {distill}: not built (dotnet build -c Release src/Distill.Cli); whole-process timing skipped");
        return null;
    }

    /// <summary>One whole <c>distill ingest</c> of <paramref name="vault"/>'s Inbox as its owner: wall-clock milliseconds, start-up included.</summary>
    public static async Task<double> IngestProcessAsync(string distill, string vault)
    {
        var start = new ProcessStartInfo(distill, ["ingest", "--vault", vault]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DISTILL_OWNER"] = BenchCorpus.Owner;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? clock.Elapsed.TotalMilliseconds : throw new InvalidOperationException(await process.StandardError.ReadToEndAsync());
    }

    public static VaultConfig ConfigOf(string vault) =>
        VaultConfig.Read(vault, variable => variable == "DISTILL_OWNER" ? BenchCorpus.Owner : null).Config!;
}
