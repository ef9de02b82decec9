using AwesomeAssertions;
using CsCheck;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Vault;

public sealed class ApplierProperties
{
    [Fact]
    public async Task Apply_then_undo_gives_back_the_original_bytes()
    {
        await VaultScenario.Generator.SampleAsync(
            async scenario =>
            {
                using var vault = new TempVault();
                using var elsewhere = new TempVault();
                var plan = scenario.Write(vault, elsewhere);
                var before = (vault.Snapshot(), elsewhere.Snapshot());

                await Applier.ApplyAsync(plan, Plans.Options(vault), CancellationToken.None);
                await Applier.UndoAsync(Plans.Options(vault), CancellationToken.None);

                (vault.Snapshot(), elsewhere.Snapshot()).Should().BeEquivalentTo(before);
            },
            iter: 60);
    }

    [Fact]
    public void A_run_killed_anywhere_then_recovered_gives_back_the_original_bytes()
    {
        Gen.Select(VaultScenario.Generator, Gen.Int[0, 1000], Gen.Enum<Interruption>()).Sample(
            (scenario, at, interruption) =>
            {
                using var vault = new TempVault();
                using var elsewhere = new TempVault();
                var plan = scenario.Write(vault, elsewhere);
                var before = (vault.Snapshot(), elsewhere.Snapshot());
                var completed = at % (CrashedRun.Steps(vault.Path, plan).Length + 1);

                CrashedRun.Leave(vault.Path, plan, completed, interruption);
                Applier.Recover(vault.Path);

                (vault.Snapshot(), elsewhere.Snapshot()).Should().BeEquivalentTo(before);
            },
            iter: 60);
    }
}
