using Distill.Core.Planning;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Vault;

/// <summary>Plans and options for the Vault tests.</summary>
internal static class Plans
{
    public static ChangePlan Of(params FileChange[] changes) => new([.. changes], "test run");

    public static ApplyOptions Options(TempVault vault, bool git = false) => new(vault.Path, git);

    public static Task<ApplyReport> ApplyAsync(TempVault vault, params FileChange[] changes) =>
        Applier.ApplyAsync(Of(changes), Options(vault), TestContext.Current.CancellationToken);

    public static Task<ApplyReport> UndoAsync(TempVault vault) =>
        Applier.UndoAsync(Options(vault), TestContext.Current.CancellationToken);
}
