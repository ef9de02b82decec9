using System.Text.Json;
using AwesomeAssertions;
using Distill.Core.Tests.Pipeline;
using Xunit;

namespace Distill.Cli.Tests.Commands;

public sealed class IngestCommandTests
{
    private const string OneOnOne = """
        Jason Vallery
        Thanks for joining, Priya. How is the pricing review going?

        Priya Raman
        Nearly done. I will send you the pricing deck by Friday.

        Jason Vallery
        Great. Can you also add the discount table? We agreed to keep the list price.

        Priya Raman
        Yes, I can take that. The risk is that finance will not sign off before the offsite.
        """;

    private const string GroupMeeting = """
        Dana Okafor
        The runbook review is almost done.

        Marco Diaz
        I will publish the release notes tomorrow.

        Dana Okafor
        Let's go with the new index layout.

        Marco Diaz
        Agreed. I am worried about the migration window though.

        Dana Okafor
        Then we need to book it with support this week.
        """;

    [Fact]
    public async Task A_transcript_becomes_one_meeting_note_under_its_counterpart_and_its_source_is_archived()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);

        var run = await vault.IngestAsync();

        run.ExitCode.Should().Be(0, run.Error);
        vault.MeetingNotes().Should().Equal("People/Priya Raman/2025-09-30 - Priya Raman.md");
        vault.InboxFiles().Should().BeEmpty();
        File.ReadAllText(Path.Combine(vault.Path, "Sources/Transcripts/2025/2025-09-30 - Priya Raman.md")).Should().Be(OneOnOne);
        vault.Files().Keys.Should().Contain("People/Priya Raman/Priya Raman.md");
    }

    [Fact]
    public async Task A_meeting_without_a_primary_entity_goes_to_the_meetings_folder_of_its_year()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-10-13 - Runbook review.md", GroupMeeting);

        var run = await vault.IngestAsync();

        run.ExitCode.Should().Be(0, run.Error);
        vault.MeetingNotes().Should().Equal("Meetings/2025/2025-10-13 - Runbook review.md");
    }

    [Fact]
    public async Task Known_content_dropped_again_under_another_name_changes_no_note_and_is_archived_beside_the_first()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);
        await vault.IngestAsync();
        var notes = vault.Files().Where(file => !file.Key.StartsWith("Sources/", StringComparison.Ordinal)).ToList();

        vault.Drop("export (2).md", OneOnOne.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n\r\n");
        var run = await vault.IngestAsync();

        run.ExitCode.Should().Be(0, run.Error);
        vault.Files().Where(file => !file.Key.StartsWith("Sources/", StringComparison.Ordinal) && file.Key != ".distill/config.yaml").Should()
            .BeEquivalentTo(notes.Where(file => file.Key != ".distill/config.yaml"));
        vault.Files().Keys.Should().Contain("Sources/Transcripts/2025/export (2).md");
        vault.InboxFiles().Should().BeEmpty();
    }

    [Fact]
    public async Task A_second_ingest_of_the_same_inbox_changes_nothing()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);
        await vault.IngestAsync();
        var before = vault.Files(withState: true);

        var run = await vault.IngestAsync();

        run.ExitCode.Should().Be(0, run.Error);
        vault.Files(withState: true).Where(file => !file.Key.StartsWith(".distill/", StringComparison.Ordinal)).Should()
            .Equal(before.Where(file => !file.Key.StartsWith(".distill/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_dry_run_prints_the_plan_as_a_diff_and_writes_nothing_anywhere()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);
        var before = vault.Files(withState: true);
        var stateEntries = Directory.GetFileSystemEntries(Path.Combine(vault.Path, ".distill"), "*", SearchOption.AllDirectories);

        var run = await vault.IngestAsync("--dry-run");

        run.ExitCode.Should().Be(0, run.Error);
        vault.Files(withState: true).Should().Equal(before);
        Directory.GetFileSystemEntries(Path.Combine(vault.Path, ".distill"), "*", SearchOption.AllDirectories).Should().BeEquivalentTo(stateEntries);
        run.Output.Should().Contain("+++ b/People/Priya Raman/2025-09-30 - Priya Raman.md")
            .And.Contain("rename from Inbox/Transcripts/2025-09-30 - Priya Raman.md")
            .And.Contain("rename to Sources/Transcripts/2025/2025-09-30 - Priya Raman.md");
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_goes_to_failed_with_its_reason_and_the_run_says_so()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);
        vault.Drop("empty.txt", string.Empty);

        var run = await vault.IngestAsync();

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("Inbox/Transcripts/empty.txt: ");
        var failed = vault.Files().Keys.Where(path => path.StartsWith("Inbox/_failed/", StringComparison.Ordinal)).ToList();
        failed.Should().HaveCount(2).And.Contain(path => path.EndsWith("/empty.txt", StringComparison.Ordinal))
            .And.Contain(path => path.EndsWith("/empty.txt.reason.txt", StringComparison.Ordinal));
        vault.MeetingNotes().Should().HaveCount(1);
    }

    [Fact]
    public async Task Edits_outside_the_regions_and_ticked_tasks_survive_a_reprocess_and_an_edited_region_is_reported()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);
        await vault.IngestAsync();
        var path = vault.MeetingNotes()[0];
        var note = vault.Read(path);
        var edited = note.Replace("\n## Transcript\n", "\n## Transcript\nMy own line inside the transcript region.\n", StringComparison.Ordinal)
            + "\n## My notes\nCall Priya back.\n";
        var taskLine = edited.Split('\n').First(line => line.StartsWith("- [", StringComparison.Ordinal) && line.Contains("#task", StringComparison.Ordinal));
        edited = edited.Replace(taskLine, "- [x]" + taskLine[5..], StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(vault.Path, path), edited, TestContext.Current.CancellationToken);

        var run = await vault.IngestAsync("--reprocess");

        run.ExitCode.Should().Be(0, run.Error);
        var after = vault.Read(path);
        after.Should().Contain("## My notes\nCall Priya back.\n")
            .And.Contain("My own line inside the transcript region.")
            .And.Contain("- [x]" + taskLine[5..]);
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain("transcript");
    }

    [Fact]
    public async Task Regenerate_replaces_the_region_the_user_edited_in_that_note()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);
        await vault.IngestAsync();
        var path = vault.MeetingNotes()[0];
        var original = vault.Read(path);
        await File.WriteAllTextAsync(Path.Combine(vault.Path, path), original.Replace("\n## Transcript\n", "\n## Transcript\nMy line.\n", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var run = await vault.IngestAsync("--regenerate", path);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        vault.Read(path).Should().Be(original);
    }

    [Fact]
    public async Task Without_its_ledger_the_vault_still_knows_its_sources_from_the_notes_front_matter()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);
        await vault.IngestAsync();
        var ledger = vault.Read(".distill/ledger.json");
        File.Delete(Path.Combine(vault.Path, ".distill", "ledger.json"));

        vault.Drop("renamed export.md", OneOnOne);
        var run = await vault.IngestAsync();

        run.ExitCode.Should().Be(0, run.Error);
        vault.MeetingNotes().Should().ContainSingle();
        vault.Read(".distill/ledger.json").Should().Contain(vault.MeetingNotes()[0]).And.Contain("renamed export.md");
        ledger.Should().Contain("\"sha256\"");
    }

    [Fact]
    public async Task Two_meetings_that_would_share_a_name_get_a_suffix_from_their_identity_whatever_folder_they_came_from()
    {
        using var first = await VaultFixture.CreateAsync();
        using var second = await VaultFixture.CreateAsync();
        var other = GroupMeeting.Replace("almost done", "finished", StringComparison.Ordinal);
        first.Drop("a/2025-10-13 - Runbook review.md", GroupMeeting);
        first.Drop("b/2025-10-13 - Runbook review.md", other);
        second.Drop("a/2025-10-13 - Runbook review.md", other);
        second.Drop("b/2025-10-13 - Runbook review.md", GroupMeeting);

        await first.IngestAsync();
        await second.IngestAsync();

        first.MeetingNotes().Should().HaveCount(2).And.Contain("Meetings/2025/2025-10-13 - Runbook review.md")
            .And.Contain(path => System.Text.RegularExpressions.Regex.IsMatch(path, @"^Meetings/2025/2025-10-13 - Runbook review \([0-9a-f]{6}\)\.md$"));
        second.MeetingNotes().Should().Equal(first.MeetingNotes());
        second.MeetingNotes().Select(second.Read).Should().Equal(first.MeetingNotes().Select(first.Read));
    }

    [Fact]
    public async Task A_vault_another_run_holds_is_left_untouched_with_exit_code_3()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);
        var before = vault.Files();
        using var held = Core.Vault.VaultLock.TryAcquire(vault.Path);

        var run = await vault.IngestAsync();

        held.Should().NotBeNull();
        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("another distill run holds the vault");
        vault.Files().Should().Equal(before);
    }

    [Fact]
    public async Task Undo_reverts_the_last_run_notes_gone_and_sources_back_in_the_inbox()
    {
        using var vault = await VaultFixture.CreateAsync();
        var before = vault.Files();
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);
        var dropped = vault.Files();
        await vault.IngestAsync();

        var run = await CommandRun.RunAsync("undo", "--vault", vault.Path);

        run.ExitCode.Should().Be(0, run.Error);
        vault.Files().Should().Equal(dropped);
        before.Should().NotEqual(dropped);
    }

    [Fact]
    public async Task Every_link_in_the_vault_resolves_like_obsidian_resolves_it()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);
        vault.Drop("2025-10-13 - Runbook review.md", GroupMeeting);

        await vault.IngestAsync();

        VaultLinks.Dangling(vault.Path, ["Inbox", "Sources"]).Should().BeEmpty();
    }

    [Fact]
    public async Task A_recorder_default_name_gives_way_to_who_the_meeting_was_with()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-10-13 New Recording 12.md", GroupMeeting);

        await vault.IngestAsync();

        vault.MeetingNotes().Should().ContainSingle().Which.Should().StartWith("Meetings/2025/2025-10-13 - Meeting with ");
    }

    [Fact]
    public async Task Json_output_counts_what_the_run_did()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);

        var run = await vault.IngestAsync("--json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("created").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("archived").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("outcome").GetString().Should().Be("applied");
    }

    [Fact]
    public async Task A_folder_that_is_not_a_vault_is_refused_in_one_line()
    {
        using var folder = new TempFolder();

        var run = await CommandRun.RunAsync("ingest", "--vault", folder.Path);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("distill init").And.EndWith("\n").And.NotContain("\n ");
    }

    [Fact]
    public async Task Files_given_from_outside_the_vault_are_copied_and_left_where_they_are()
    {
        using var vault = await VaultFixture.CreateAsync();
        using var outside = new TempFolder();
        var file = outside.Write("2025-09-30 - Priya Raman.md", OneOnOne);

        var run = await vault.IngestAsync(file);

        run.ExitCode.Should().Be(0, run.Error);
        File.Exists(file).Should().BeTrue();
        vault.MeetingNotes().Should().HaveCount(1);
    }

    [Fact]
    public async Task Files_given_from_outside_the_vault_a_second_time_change_nothing_and_are_not_copied_again()
    {
        using var vault = await VaultFixture.CreateAsync();
        using var outside = new TempFolder();
        var file = outside.Write("2025-09-30 - Priya Raman.md", OneOnOne);
        await vault.IngestAsync(file);
        var before = vault.Files();

        var run = await vault.IngestAsync(outside.Path);

        run.ExitCode.Should().Be(0, run.Error);
        vault.Files().Should().Equal(before);
    }

    [Fact]
    public async Task In_a_git_vault_a_run_is_one_commit_of_its_own_paths_and_nothing_else()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Git("init", "-q", "-b", "main");
        vault.Git("config", "user.email", "test@example.com");
        vault.Git("config", "user.name", "Test");
        vault.Git("add", "-A");
        vault.Git("commit", "-q", "-m", "vault");
        File.WriteAllText(Path.Combine(vault.Path, "scratch.md"), "mine, not committed\n");
        vault.Drop("2025-09-30 - Priya Raman.md", OneOnOne);

        var run = await vault.IngestAsync();

        run.ExitCode.Should().Be(0, run.Error);
        vault.Git("rev-list", "--count", "HEAD").Trim().Should().Be("2");
        vault.Git("log", "-1", "--format=%s").Should().StartWith("distill ingest: 1 created");
        var committed = vault.Git("show", "--name-only", "--format=", "HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        committed.Should().Contain("People/Priya Raman/2025-09-30 - Priya Raman.md").And.Contain("Sources/Transcripts/2025/2025-09-30 - Priya Raman.md")
            .And.NotContain("scratch.md");
        vault.Git("status", "--porcelain").Should().Contain("?? scratch.md");
    }
}
