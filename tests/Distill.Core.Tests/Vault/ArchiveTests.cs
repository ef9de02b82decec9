using AwesomeAssertions;
using Distill.Core.Planning;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Vault;

public sealed class ArchiveTests
{
    private static readonly byte[] Mojibake = [0x43, 0x61, 0x66, 0xC3, 0x83, 0xC2, 0xA9, 0x0D, 0x0A, 0xFF];

    [Fact]
    public async Task A_source_inside_the_vault_is_moved_byte_exact()
    {
        using var vault = new TempVault();
        var source = vault.Write("Inbox/Transcripts/t.txt", Mojibake);

        await Plans.ApplyAsync(vault, new ArchiveSource(source, "Sources/Transcripts/2025/t.txt"));

        File.Exists(source).Should().BeFalse();
        File.ReadAllBytes(vault.Full("Sources/Transcripts/2025/t.txt")).Should().Equal(Mojibake);
    }

    [Fact]
    public async Task A_source_outside_the_vault_is_copied_and_left_where_it_is()
    {
        using var vault = new TempVault();
        using var elsewhere = new TempVault();
        var source = elsewhere.Write("t.txt", Mojibake);

        await Plans.ApplyAsync(vault, new ArchiveSource(source, "Sources/Transcripts/2025/t.txt"));

        File.ReadAllBytes(source).Should().Equal(Mojibake);
        File.ReadAllBytes(vault.Full("Sources/Transcripts/2025/t.txt")).Should().Equal(Mojibake);
    }

    [Fact]
    public async Task An_archive_never_overwrites_an_existing_destination()
    {
        using var vault = new TempVault();
        var source = vault.Write("Inbox/t.txt", "new");
        vault.Write("Sources/t.txt", "archived before");

        var report = await Plans.ApplyAsync(vault, new ArchiveSource(source, "Sources/t.txt"));

        report.Problems.Should().ContainSingle().Which.File.Should().Be("Sources/t.txt");
        vault.Read("Sources/t.txt").Should().Be("archived before");
        vault.Read("Inbox/t.txt").Should().Be("new");
    }

    [Fact]
    public async Task A_source_that_is_gone_is_a_problem_and_the_notes_are_still_written()
    {
        using var vault = new TempVault();

        var report = await Plans.ApplyAsync(vault, new CreateFile("Note.md", "n"), new ArchiveSource(vault.Full("Inbox/gone.txt"), "Sources/gone.txt"));

        report.Problems.Should().ContainSingle().Which.File.Should().Be("Inbox/gone.txt");
        vault.Read("Note.md").Should().Be("n");
    }

    [Fact]
    public async Task A_rejected_source_is_moved_with_its_reason_beside_it()
    {
        using var vault = new TempVault();
        var source = vault.Write("Inbox/bad.txt", "???");

        await Plans.ApplyAsync(vault, new RejectSource(source, "Inbox/_failed/2025-10-01/bad.txt", "no timestamps found"));

        vault.Read("Inbox/_failed/2025-10-01/bad.txt").Should().Be("???");
        vault.Read("Inbox/_failed/2025-10-01/bad.txt.reason.txt").Should().Be("no timestamps found\n");
        vault.Exists("Inbox/bad.txt").Should().BeFalse();
    }

    [Fact]
    public async Task A_rejected_source_whose_destination_exists_gets_no_reason_file()
    {
        using var vault = new TempVault();
        var source = vault.Write("Inbox/bad.txt", "???");
        vault.Write("Inbox/_failed/bad.txt", "earlier");

        await Plans.ApplyAsync(vault, new RejectSource(source, "Inbox/_failed/bad.txt", "no timestamps found"));

        vault.Exists("Inbox/_failed/bad.txt.reason.txt").Should().BeFalse();
    }

    [Fact]
    public void Sources_are_archived_after_every_note_whatever_the_plans_order()
    {
        using var vault = new TempVault();
        var source = vault.Write("Inbox/t.txt", "t");
        var plan = Plans.Of(new ArchiveSource(source, "Sources/t.txt"), new CreateFile("Note.md", "n"), new PatchFile("Jai.md", TempVault.Sha("j"), "J"));

        var steps = PlanSteps.From(VaultPaths.Of(vault.Path), plan).Steps.Select(step => step.Step.GetType().Name);

        steps.Should().Equal(nameof(WriteStep), nameof(WriteStep), nameof(MoveStep));
    }
}
