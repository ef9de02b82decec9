using AwesomeAssertions;
using Distill.Core.Planning;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Vault;

public sealed class RecoveryTests
{
    public static TheoryData<int, Interruption> Crashes() =>
        [.. Enumerable.Range(0, SampleRun.StepCount + 1).SelectMany(completed => Enum.GetValues<Interruption>().Select(interruption => (completed, interruption)))];

    [Theory]
    [MemberData(nameof(Crashes))]
    public void A_run_killed_at_any_step_is_rolled_back_to_the_exact_bytes_before_it(int completed, Interruption interruption)
    {
        using var vault = new TempVault();
        using var elsewhere = new TempVault();
        var plan = SampleRun.Write(vault, elsewhere);
        var before = vault.Snapshot();
        var outside = elsewhere.Snapshot();
        CrashedRun.Leave(vault.Path, plan, completed, interruption);

        var report = Applier.Recover(vault.Path);

        report.Should().BeEquivalentTo(new { Outcome = ApplyOutcome.RolledBack, Problems = Array.Empty<object>() });
        vault.Snapshot().Should().Equal(before);
        elsewhere.Snapshot().Should().Equal(outside);
    }

    [Fact]
    public void The_sample_run_has_the_steps_the_crash_cases_count_on()
    {
        using var vault = new TempVault();
        using var elsewhere = new TempVault();

        CrashedRun.Steps(vault.Path, SampleRun.Write(vault, elsewhere)).Should().HaveCount(SampleRun.StepCount);
    }

    [Fact]
    public void A_journal_cut_short_while_being_written_is_removed_and_nothing_else_is_touched()
    {
        using var vault = new TempVault();
        using var elsewhere = new TempVault();
        var plan = SampleRun.Write(vault, elsewhere);
        var before = vault.Snapshot();
        CrashedRun.Leave(vault.Path, plan, 0, Interruption.BetweenSteps);
        File.Move(vault.Full(".distill/journal/journal.json"), vault.Full(".distill/journal/journal.json.distill-tmp"));

        Applier.Recover(vault.Path);

        Directory.Exists(vault.Full(".distill/journal")).Should().BeFalse();
        vault.Snapshot().Should().Equal(before);
    }

    [Fact]
    public void A_move_cut_between_its_link_and_its_unlink_keeps_the_source_in_the_inbox()
    {
        using var vault = new TempVault();
        var source = vault.Write("Inbox/t.txt", "t");
        var plan = Plans.Of(new ArchiveSource(source, "Sources/t.txt"));
        var before = vault.Snapshot();
        CrashedRun.Leave(vault.Path, plan, 1, Interruption.BetweenSteps);
        File.Copy(source, vault.Full("Sources/t.txt"));

        Applier.Recover(vault.Path);

        vault.Snapshot().Should().Equal(before);
    }

    [Fact]
    public void A_rollback_killed_halfway_is_finished_by_the_next_recovery()
    {
        using var vault = new TempVault();
        using var elsewhere = new TempVault();
        var plan = SampleRun.Write(vault, elsewhere);
        var before = vault.Snapshot();
        CrashedRun.Leave(vault.Path, plan, SampleRun.StepCount, Interruption.BetweenSteps);
        var paths = VaultPaths.Of(vault.Path);
        var journal = Journal.Read(paths.Journal)!;
        for (var index = SampleRun.StepCount - 1; index >= SampleRun.StepCount / 2; index--)
        {
            StepReversal.Revert(paths, journal, index, done: true);
        }

        Applier.Recover(vault.Path);

        vault.Snapshot().Should().Equal(before);
    }

    [Fact]
    public void A_file_the_user_edited_after_the_crash_is_left_as_it_is_and_reported()
    {
        using var vault = new TempVault();
        CrashedRun.Leave(vault.Path, Plans.Of(new CreateFile("A.md", "a")), 1, Interruption.BetweenSteps);
        vault.Write("A.md", "typed after the crash");

        var report = Applier.Recover(vault.Path);

        report.Problems.Should().ContainSingle().Which.File.Should().Be("A.md");
        vault.Read("A.md").Should().Be("typed after the crash");
    }

    [Fact]
    public async Task The_next_apply_rolls_back_an_interrupted_run_before_its_own()
    {
        using var vault = new TempVault();
        CrashedRun.Leave(vault.Path, Plans.Of(new CreateFile("Interrupted.md", "i")), 1, Interruption.BetweenSteps);

        var report = await Plans.ApplyAsync(vault, new CreateFile("Next.md", "n"));

        report.Recovered.Should().BeTrue();
        vault.Snapshot().Keys.Should().Equal("Next.md");
    }

    [Fact]
    public void Recovery_with_no_interrupted_run_has_nothing_to_do()
    {
        using var vault = new TempVault();

        Applier.Recover(vault.Path).Outcome.Should().Be(ApplyOutcome.NothingToDo);
    }

    [Fact]
    public void Recovery_waits_for_the_lock()
    {
        using var vault = new TempVault();
        using var held = VaultLock.TryAcquire(vault.Path);

        Applier.Recover(vault.Path).Outcome.Should().Be(ApplyOutcome.Locked);
    }

    [Fact]
    public async Task An_undo_killed_after_consuming_its_record_is_rolled_back_and_can_be_undone_again()
    {
        using var vault = new TempVault();
        vault.Write("Jai.md", "old");
        var before = vault.Snapshot();
        await Plans.ApplyAsync(vault, new PatchFile("Jai.md", TempVault.Sha("old"), "new"), new CreateFile("People/Ann/Ann.md", "a"));
        var applied = vault.Snapshot();
        LeaveUndoAtCommit(vault, deleteJournalSteps: false);

        Applier.Recover(vault.Path);
        var afterRecovery = vault.Snapshot();
        await Plans.UndoAsync(vault);

        afterRecovery.Should().Equal(applied);
        vault.Snapshot().Should().Equal(before);
    }

    [Fact]
    public async Task An_undo_killed_after_its_commit_stays_undone()
    {
        using var vault = new TempVault();
        vault.Write("Jai.md", "old");
        var before = vault.Snapshot();
        await Plans.ApplyAsync(vault, new PatchFile("Jai.md", TempVault.Sha("old"), "new"));
        LeaveUndoAtCommit(vault, deleteJournalSteps: true);

        Applier.Recover(vault.Path);
        var again = await Plans.UndoAsync(vault);

        vault.Snapshot().Should().Equal(before);
        again.Outcome.Should().Be(ApplyOutcome.NothingToDo);
    }

    /// <summary>An undo run with every step done and its record moved into its journal, killed before or after the journal's steps went.</summary>
    private static void LeaveUndoAtCommit(TempVault vault, bool deleteJournalSteps)
    {
        var paths = VaultPaths.Of(vault.Path);
        var record = UndoRecords.Latest(paths)!;
        var steps = Precheck.Check(paths, UndoSteps.From(paths, record)).Steps;
        var journal = CrashedRun.Begin(paths, record.Plan.Description, Path.GetFileName(record.Folder), steps);
        CrashedRun.Continue(paths, journal, steps, steps.Length, Interruption.BetweenSteps);
        Directory.Move(record.Folder, journal.ConsumedRecord);
        if (deleteJournalSteps)
        {
            File.Delete(Path.Combine(journal.Folder, "journal.json"));
        }
    }
}
