using AwesomeAssertions;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Pipeline;

/// <summary>DESIGN, vault layout: a meeting note moves under its primary entity when that entity becomes known, its links kept.</summary>
public sealed class CounterpartMoveTests
{
    private const string OneOnOne = "**Jason Vallery**: Hey Jay, thanks for making time.\n\n**Jay**: Sure. I will send the budget numbers by Friday.\n";

    [Fact]
    public async Task A_one_on_one_filed_under_meetings_moves_under_the_counterpart_once_an_alias_names_them()
    {
        using var vault = await PipelineVault.CreateAsync();
        vault.Drop("2025-10-01 - Jay.md", System.Text.Encoding.UTF8.GetBytes(OneOnOne));
        await vault.IngestAsync();
        var filed = vault.NotesOfType("meeting").Should().ContainSingle().Subject;
        filed.Should().StartWith("Meetings/2025/");

        vault.Write(".distill/aliases.yaml", "Jay Patel: [Jay]\n");
        var again = await vault.IngestAsync();

        again.Applied!.Outcome.Should().Be(ApplyOutcome.Applied);
        var moved = vault.NotesOfType("meeting").Should().ContainSingle().Subject;
        moved.Should().Be("People/Jay Patel/2025-10-01 - Jay.md");
        vault.Read("People/Jay Patel/Jay Patel.md").Should().Contain("[[2025-10-01 - Jay|");
        File.ReadAllText(Path.Combine(vault.Path, ".distill", "ledger.json")).Should().Contain("People/Jay Patel/2025-10-01 - Jay.md").And.NotContain(filed);
        VaultLinks.Dangling(vault.Path, vault.Config.Layout.SourceFolders).Should().BeEmpty();
    }
}
