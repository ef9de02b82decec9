using AwesomeAssertions;
using Distill.Core.Planning;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Vault;

public sealed class GitCommitTests
{
    [Fact]
    public async Task A_run_is_one_commit_of_exactly_the_paths_it_changed()
    {
        using var vault = new TempVault();
        GitRepository.Init(vault);
        vault.Write("Jai.md", "old");
        var inbox = vault.Write("Inbox/t.txt", "t");
        GitRepository.Commit(vault, "before");

        await ApplyAsync(vault, new PatchFile("Jai.md", TempVault.Sha("old"), "new"), new CreateFile("Ann.md", "a"), new ArchiveSource(inbox, "Sources/t.txt"));

        GitRepository.Run(vault, "show", "--no-renames", "--name-status", "--format=", "HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should().BeEquivalentTo("A\tAnn.md", "D\tInbox/t.txt", "M\tJai.md", "A\tSources/t.txt");
    }

    [Fact]
    public async Task The_users_other_changes_stay_uncommitted()
    {
        using var vault = new TempVault();
        GitRepository.Init(vault);
        vault.Write("Mine.md", "mine");
        vault.Write("Staged.md", "staged");
        GitRepository.Commit(vault, "before");
        vault.Write("Mine.md", "edited, not staged");
        vault.Write("Staged.md", "edited and staged");
        GitRepository.Run(vault, "add", "Staged.md");
        vault.Write("Untracked.md", "untracked");

        await ApplyAsync(vault, new CreateFile("Ann.md", "a"));

        GitRepository.Run(vault, "status", "--porcelain").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should().BeEquivalentTo(" M Mine.md", "M  Staged.md", "?? Untracked.md");
    }

    [Fact]
    public async Task The_commit_message_starts_with_the_plans_description_then_lists_the_paths()
    {
        using var vault = new TempVault();
        GitRepository.Init(vault);

        await Applier.ApplyAsync(new ChangePlan([new CreateFile("Ann.md", "a"), new CreateFile("Bo.md", "b")], "distill: ingest 2 sources"), Plans.Options(vault, git: true), TestContext.Current.CancellationToken);

        GitRepository.Run(vault, "log", "-1", "--format=%B").Should().Be("distill: ingest 2 sources\n\nAnn.md\nBo.md\n\n");
    }

    [Fact]
    public async Task Without_a_description_the_commit_message_counts_the_changes()
    {
        using var vault = new TempVault();
        GitRepository.Init(vault);
        var inbox = vault.Write("Inbox/t.txt", "t");

        await Applier.ApplyAsync(new ChangePlan([new CreateFile("Ann.md", "a"), new ArchiveSource(inbox, "Sources/t.txt")], ""), Plans.Options(vault, git: true), TestContext.Current.CancellationToken);

        GitRepository.Run(vault, "log", "-1", "--format=%s").Should().Be("distill: 1 created, 0 updated, 1 archived\n");
    }

    [Fact]
    public async Task An_untracked_source_moved_out_of_the_inbox_is_not_named_to_git()
    {
        using var vault = new TempVault();
        GitRepository.Init(vault);
        GitRepository.Run(vault, "commit", "--quiet", "--allow-empty", "-m", "empty");
        var inbox = vault.Write("Inbox/t.txt", "t");

        var report = await ApplyAsync(vault, new ArchiveSource(inbox, "Sources/t.txt"));

        report.Problems.Should().BeEmpty();
        GitRepository.Run(vault, "show", "--no-renames", "--name-status", "--format=", "HEAD").Should().Be("A\tSources/t.txt\n");
    }

    [Fact]
    public async Task Ignored_paths_are_left_out_of_the_commit()
    {
        using var vault = new TempVault();
        GitRepository.Init(vault);
        vault.Write(".gitignore", "Sources/\n");
        GitRepository.Commit(vault, "before");
        var inbox = vault.Write("Inbox/t.txt", "t");

        var report = await ApplyAsync(vault, new CreateFile("Ann.md", "a"), new ArchiveSource(inbox, "Sources/t.txt"));

        report.Problems.Should().BeEmpty();
        GitRepository.Run(vault, "show", "--no-renames", "--name-status", "--format=", "HEAD").Should().Be("A\tAnn.md\n");
    }

    [Fact]
    public async Task A_vault_that_is_not_a_repository_gets_no_commit_and_no_problem()
    {
        using var vault = new TempVault();

        var report = await ApplyAsync(vault, new CreateFile("Ann.md", "a"));

        report.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task A_failing_commit_is_a_problem_and_the_files_stay_written()
    {
        using var vault = new TempVault();
        GitRepository.Init(vault);
        vault.Write(".git/index.lock", "another git command is running");

        var report = await ApplyAsync(vault, new CreateFile("Ann.md", "a"));

        report.Should().BeEquivalentTo(new { Outcome = ApplyOutcome.Applied });
        report.Problems.Should().ContainSingle().Which.Reason.Should().Contain("index.lock");
        vault.Read("Ann.md").Should().Be("a");
    }

    [Fact]
    public async Task An_undo_is_one_commit_too()
    {
        using var vault = new TempVault();
        GitRepository.Init(vault);
        await ApplyAsync(vault, new CreateFile("Ann.md", "a"));

        await Applier.UndoAsync(Plans.Options(vault, git: true), TestContext.Current.CancellationToken);

        GitRepository.Run(vault, "show", "--no-renames", "--name-status", "--format=%s", "HEAD").Should().Be("distill: undo test run\n\nD\tAnn.md\n");
    }

    private static Task<ApplyReport> ApplyAsync(TempVault vault, params FileChange[] changes) =>
        Applier.ApplyAsync(Plans.Of(changes), Plans.Options(vault, git: true), TestContext.Current.CancellationToken);
}
