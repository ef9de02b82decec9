using AwesomeAssertions;
using Distill.Core.Planning;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Vault;

public sealed class UndoTests
{
    [Fact]
    public async Task Undo_restores_the_vault_byte_for_byte()
    {
        using var vault = new TempVault();
        vault.Write("Jai.md", [0xEF, 0xBB, 0xBF, 0x6F, 0x6C, 0x64, 0xFF]);
        vault.Write("Old.md", "to delete");
        var inbox = vault.Write("Inbox/t.txt", "transcript");
        var bad = vault.Write("Inbox/bad.txt", "???");
        var before = vault.Snapshot();
        await Plans.ApplyAsync(
            vault,
            new CreateFile("People/Ann/Ann.md", "ann"),
            new PatchFile("Jai.md", before["Jai.md"], "new"),
            new DeleteFile("Old.md", TempVault.Sha("to delete")),
            new ArchiveSource(inbox, "Sources/Transcripts/2025/t.txt"),
            new RejectSource(bad, "Inbox/_failed/2025-10-01/bad.txt", "unreadable"));

        var report = await Plans.UndoAsync(vault);

        report.Outcome.Should().Be(ApplyOutcome.Applied);
        vault.Snapshot().Should().Equal(before);
    }

    [Fact]
    public async Task Undo_removes_the_archived_copy_of_an_outside_source_that_is_still_there()
    {
        using var vault = new TempVault();
        using var elsewhere = new TempVault();
        var source = elsewhere.Write("t.txt", "t");
        await Plans.ApplyAsync(vault, new ArchiveSource(source, "Sources/t.txt"));

        await Plans.UndoAsync(vault);

        vault.Snapshot().Should().BeEmpty();
        File.ReadAllText(source).Should().Be("t");
    }

    [Fact]
    public async Task Undo_keeps_the_archived_copy_of_an_outside_source_the_user_has_since_deleted()
    {
        using var vault = new TempVault();
        using var elsewhere = new TempVault();
        var source = elsewhere.Write("t.txt", "t");
        await Plans.ApplyAsync(vault, new ArchiveSource(source, "Sources/t.txt"));
        File.Delete(source);

        var report = await Plans.UndoAsync(vault);

        report.Conflicts.Should().ContainSingle().Which.Path.Should().Be("Sources/t.txt");
        vault.Read("Sources/t.txt").Should().Be("t");
    }

    [Fact]
    public async Task A_second_undo_has_nothing_to_do()
    {
        using var vault = new TempVault();
        await Plans.ApplyAsync(vault, new CreateFile("A.md", "a"));
        await Plans.UndoAsync(vault);

        var report = await Plans.UndoAsync(vault);

        report.Outcome.Should().Be(ApplyOutcome.NothingToDo);
    }

    [Fact]
    public async Task Undo_with_no_run_recorded_has_nothing_to_do()
    {
        using var vault = new TempVault();

        var report = await Plans.UndoAsync(vault);

        report.Outcome.Should().Be(ApplyOutcome.NothingToDo);
    }

    [Fact]
    public async Task Undo_reverts_only_the_last_run()
    {
        using var vault = new TempVault();
        await Plans.ApplyAsync(vault, new CreateFile("First.md", "1"));
        await Plans.ApplyAsync(vault, new CreateFile("Second.md", "2"));

        await Plans.UndoAsync(vault);

        vault.Snapshot().Keys.Should().Equal("First.md");
    }

    [Fact]
    public async Task A_file_edited_since_the_run_is_a_conflict_and_keeps_the_edit()
    {
        using var vault = new TempVault();
        vault.Write("Jai.md", "old");
        await Plans.ApplyAsync(vault, new PatchFile("Jai.md", TempVault.Sha("old"), "new"), new CreateFile("A.md", "a"));
        vault.Write("Jai.md", "new, then edited by hand");

        var report = await Plans.UndoAsync(vault);

        report.Conflicts.Should().ContainSingle().Which.Path.Should().Be("Jai.md");
        vault.Read("Jai.md").Should().Be("new, then edited by hand");
        vault.Exists("A.md").Should().BeFalse();
    }

    [Fact]
    public async Task Undo_moves_an_archived_source_back_to_the_inbox()
    {
        using var vault = new TempVault();
        var source = vault.Write("Inbox/t.txt", "t");
        await Plans.ApplyAsync(vault, new ArchiveSource(source, "Sources/t.txt"));

        var report = await Plans.UndoAsync(vault);

        report.Applied.Should().ContainSingle().Which.Should().BeEquivalentTo(new ArchiveSource(vault.Full("Sources/t.txt"), "Inbox/t.txt"));
        vault.Read("Inbox/t.txt").Should().Be("t");
    }

    [Fact]
    public async Task A_run_that_changed_nothing_leaves_the_previous_runs_undo_in_place()
    {
        using var vault = new TempVault();
        await Plans.ApplyAsync(vault, new CreateFile("A.md", "a"));
        await Plans.ApplyAsync(vault, new CreateFile("A.md", "a"));

        await Plans.UndoAsync(vault);

        vault.Exists("A.md").Should().BeFalse();
    }

    [Fact]
    public async Task A_failed_undo_rolls_back_to_the_state_after_the_run()
    {
        using var vault = new TempVault();
        vault.Write("Gone.md", "old");
        await Plans.ApplyAsync(vault, new CreateFile("B.md", "b"), new DeleteFile("Gone.md", TempVault.Sha("old")));
        Directory.CreateDirectory(vault.Full("Gone.md.distill-tmp"));
        var after = vault.Snapshot();

        var report = await Plans.UndoAsync(vault);

        report.Outcome.Should().Be(ApplyOutcome.RolledBack);
        vault.Snapshot().Should().Equal(after);
    }

    [Fact]
    public async Task A_failed_undo_can_be_tried_again()
    {
        using var vault = new TempVault();
        vault.Write("Gone.md", "old");
        await Plans.ApplyAsync(vault, new CreateFile("B.md", "b"), new DeleteFile("Gone.md", TempVault.Sha("old")));
        Directory.CreateDirectory(vault.Full("Gone.md.distill-tmp"));
        await Plans.UndoAsync(vault);
        Directory.Delete(vault.Full("Gone.md.distill-tmp"));

        var report = await Plans.UndoAsync(vault);

        report.Outcome.Should().Be(ApplyOutcome.Applied);
        vault.Snapshot().Keys.Should().Equal("Gone.md");
    }
}
