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

    public static VaultConfig ConfigOf(string vault) =>
        VaultConfig.Read(vault, variable => variable == "DISTILL_OWNER" ? BenchCorpus.Owner : null).Config!;
}
