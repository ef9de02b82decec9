using AwesomeAssertions;
using Distill.Core.Planning;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Vault;

public sealed class ApplierTests
{
    [Fact]
    public async Task A_created_file_holds_exactly_the_plans_content_as_UTF8_without_BOM()
    {
        using var vault = new TempVault();
        const string content = "---\ntitle: Café\n---\r\nLine with trailing spaces   \n";

        var report = await Plans.ApplyAsync(vault, new CreateFile("People/Jai Menon/2025-10-01 - Sync.md", content));

        report.Outcome.Should().Be(ApplyOutcome.Applied);
        File.ReadAllBytes(vault.Full("People/Jai Menon/2025-10-01 - Sync.md")).Should().Equal(System.Text.Encoding.UTF8.GetBytes(content));
    }

    [Fact]
    public async Task A_patch_replaces_a_file_that_still_has_the_expected_hash()
    {
        using var vault = new TempVault();
        vault.Write("Jai.md", "old");

        var report = await Plans.ApplyAsync(vault, new PatchFile("Jai.md", TempVault.Sha("old"), "new"));

        report.Applied.Should().ContainSingle().Which.Should().BeOfType<PatchFile>();
        vault.Read("Jai.md").Should().Be("new");
    }

    [Fact]
    public async Task A_delete_removes_a_file_that_still_has_the_expected_hash()
    {
        using var vault = new TempVault();
        vault.Write("Meetings/old.md", "old");

        await Plans.ApplyAsync(vault, new DeleteFile("Meetings/old.md", TempVault.Sha("old")));

        vault.Exists("Meetings/old.md").Should().BeFalse();
    }

    [Fact]
    public async Task A_create_over_an_existing_different_file_is_a_conflict_and_leaves_it()
    {
        using var vault = new TempVault();
        vault.Write("Jai.md", "the user's");

        var report = await Plans.ApplyAsync(vault, new CreateFile("Jai.md", "ours"));

        report.Conflicts.Should().ContainSingle().Which.Path.Should().Be("Jai.md");
        vault.Read("Jai.md").Should().Be("the user's");
    }

    [Fact]
    public async Task A_patch_of_a_file_edited_since_planning_is_a_conflict_and_leaves_it()
    {
        using var vault = new TempVault();
        vault.Write("Jai.md", "edited in Obsidian");

        var report = await Plans.ApplyAsync(vault, new PatchFile("Jai.md", TempVault.Sha("as planned"), "ours"));

        report.Conflicts.Should().ContainSingle().Which.Path.Should().Be("Jai.md");
        vault.Read("Jai.md").Should().Be("edited in Obsidian");
    }

    [Fact]
    public async Task A_delete_of_a_file_edited_since_planning_is_a_conflict_and_leaves_it()
    {
        using var vault = new TempVault();
        vault.Write("old.md", "edited");

        var report = await Plans.ApplyAsync(vault, new DeleteFile("old.md", TempVault.Sha("as planned")));

        report.Conflicts.Should().ContainSingle().Which.Path.Should().Be("old.md");
        vault.Read("old.md").Should().Be("edited");
    }

    [Fact]
    public async Task A_conflict_does_not_stop_the_rest_of_the_run()
    {
        using var vault = new TempVault();
        vault.Write("Jai.md", "edited");

        var report = await Plans.ApplyAsync(vault, new PatchFile("Jai.md", TempVault.Sha("as planned"), "ours"), new CreateFile("New.md", "new"));

        report.Outcome.Should().Be(ApplyOutcome.Applied);
        vault.Read("New.md").Should().Be("new");
    }

    [Fact]
    public async Task A_create_whose_content_is_already_there_has_nothing_to_do()
    {
        using var vault = new TempVault();
        vault.Write("Jai.md", "same");

        var report = await Plans.ApplyAsync(vault, new CreateFile("Jai.md", "same"));

        report.Should().BeEquivalentTo(new { Outcome = ApplyOutcome.NothingToDo, Applied = Array.Empty<FileChange>(), Conflicts = Array.Empty<Conflict>() });
    }

    [Fact]
    public async Task An_empty_plan_has_nothing_to_do()
    {
        using var vault = new TempVault();

        var report = await Applier.ApplyAsync(ChangePlan.Empty, Plans.Options(vault), TestContext.Current.CancellationToken);

        report.Outcome.Should().Be(ApplyOutcome.NothingToDo);
    }

    [Fact]
    public async Task A_failed_rename_rolls_back_every_change_made_before_it()
    {
        using var vault = new TempVault();
        vault.Write("Jai.md", "old");
        vault.Write("Inbox/t.txt", "transcript");
        Directory.CreateDirectory(vault.Full("Blocked.md"));
        var before = vault.Snapshot();

        var report = await Plans.ApplyAsync(
            vault,
            new PatchFile("Jai.md", TempVault.Sha("old"), "new"),
            new CreateFile("People/Ann/Ann.md", "ann"),
            new DeleteFile("Inbox/t.txt", TempVault.Sha("transcript")),
            new CreateFile("Blocked.md", "a folder is in the way"));

        report.Outcome.Should().Be(ApplyOutcome.RolledBack);
        vault.Snapshot().Should().Equal(before);
    }

    [Fact]
    public async Task A_rollback_names_the_file_that_failed()
    {
        using var vault = new TempVault();
        Directory.CreateDirectory(vault.Full("Blocked.md"));

        var report = await Plans.ApplyAsync(vault, new CreateFile("A.md", "a"), new CreateFile("Blocked.md", "b"));

        report.Problems.Should().ContainSingle().Which.File.Should().Be("Blocked.md");
    }

    [Fact]
    public async Task A_rolled_back_run_leaves_no_journal_and_no_temporary_file()
    {
        using var vault = new TempVault();
        Directory.CreateDirectory(vault.Full("Blocked.md"));

        await Plans.ApplyAsync(vault, new CreateFile("A.md", "a"), new CreateFile("Blocked.md", "b"));

        Directory.Exists(vault.Full(".distill/journal")).Should().BeFalse();
        Directory.EnumerateFiles(vault.Path, "*.distill-tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public async Task A_cancelled_run_writes_nothing()
    {
        using var vault = new TempVault();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var report = await Applier.ApplyAsync(Plans.Of(new CreateFile("A.md", "a")), Plans.Options(vault), cancelled.Token);

        report.Outcome.Should().Be(ApplyOutcome.RolledBack);
        vault.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task A_successful_run_leaves_no_journal_behind()
    {
        using var vault = new TempVault();

        await Plans.ApplyAsync(vault, new CreateFile("A.md", "a"));

        Directory.Exists(vault.Full(".distill/journal")).Should().BeFalse();
    }

    [Theory]
    [InlineData("../outside.md")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.md")]
    [InlineData(".distill/journal/journal.json")]
    [InlineData(".git/config")]
    public async Task A_path_that_leaves_the_vault_or_enters_its_state_is_a_planner_bug(string path)
    {
        using var vault = new TempVault();

        var apply = () => Plans.ApplyAsync(vault, new CreateFile(path, "x"));

        await apply.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task A_plan_that_changes_one_path_twice_is_a_planner_bug()
    {
        using var vault = new TempVault();

        var apply = () => Plans.ApplyAsync(vault, new CreateFile("A.md", "x"), new CreateFile("A.md", "y"));

        await apply.Should().ThrowAsync<ArgumentException>();
    }
}
