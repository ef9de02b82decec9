using AwesomeAssertions;
using Distill.Core.Tests.Pipeline;
using Xunit;

namespace Distill.Cli.Tests.Commands;

public sealed class MergeCommandTests
{
    private const string From = "Jonsi Stefanson";
    private const string Into = "Jonsi Stefansson";
    private const string FromNote = "People/Jonsi Stefanson/Jonsi Stefanson.md";
    private const string IntoNote = "People/Jonsi Stefansson/Jonsi Stefansson.md";

    private static readonly (string File, string Text)[] Meetings =
    [
        ("2025-10-01 - Jonsi Stefansson.vtt", Vtt.Of(
            ("Jason Vallery", "Hi Jonsi. How did the partner summit go?"),
            ("Jonsi Stefansson", "Very well. Two partners want to start the pilot in November."))),
        ("2025-10-02 - Jonsi Stefanson.vtt", Vtt.Of(
            ("Jason Vallery", "Do you have the pilot contract ready?"),
            ("Jonsi Stefanson", "Legal sends the pilot contract back on Friday."))),
        ("2025-10-03 - Partner sync.vtt", Vtt.Of(
            ("Jason Vallery", "Thanks both. Let's go through the pilot plan."),
            ("Jonsi Stefanson", "The pilot starts with two partners and fifty seats each."),
            ("Priya Raman", "I will send the pricing for the pilot seats by Wednesday."))),
    ];

    /// <summary>
    /// One person under two spellings, each with a 1:1 filed in its own folder; the misspelt one also in a group
    /// meeting, in a note of the user's, and with the user's own section in its person note.
    /// </summary>
    private static async Task<VaultFixture> TwoSpellingsAsync()
    {
        var vault = await VaultFixture.CreateAsync();
        foreach (var (file, text) in Meetings)
        {
            vault.Drop(file, text);
        }

        var ingest = await vault.IngestAsync();
        ingest.ExitCode.Should().Be(0, ingest.Error);
        vault.MeetingNotes().Should().Contain($"People/{From}/2025-10-02 - {From}.md");
        File.AppendAllText(Path.Combine(vault.Path, FromNote), "\n## How we work\nPrefers calls before noon.\n");
        File.WriteAllText(Path.Combine(vault.Path, "Partners.md"), $"# Partners\nTalk to [[{From}]] about the EU launch.\n");
        return vault;
    }

    private static Task<CommandRun> MergeAsync(VaultFixture vault, string from = From, string into = Into) =>
        CommandRun.RunAsync("merge", from, into, "--vault", vault.Path);

    [Fact]
    public async Task Merge_removes_the_from_note_and_keeps_the_into_note_with_the_from_name_as_an_alias()
    {
        using var vault = await TwoSpellingsAsync();

        var run = await MergeAsync(vault);

        run.ExitCode.Should().Be(0, run.Error);
        File.Exists(Path.Combine(vault.Path, FromNote)).Should().BeFalse();
        vault.Read(IntoNote).Should().Contain($"\naliases:\n  - {From}\n");
        vault.Read(".distill/aliases.yaml").Should().Contain($"{Into}:").And.Contain($"- {From}");
    }

    [Fact]
    public async Task After_a_merge_every_link_to_the_from_name_points_at_the_into_name()
    {
        using var vault = await TwoSpellingsAsync();

        await MergeAsync(vault);

        var notes = vault.Files().Keys.Where(path => path.EndsWith(".md", StringComparison.Ordinal) && !path.StartsWith("Sources/", StringComparison.Ordinal));
        notes.Should().NotContain(path => vault.Read(path).Contains($"[[{From}", StringComparison.Ordinal));
        vault.Read("Partners.md").Should().Contain($"Talk to [[{Into}");
    }

    [Fact]
    public async Task Meetings_filed_under_the_from_folder_move_under_the_into_folder_and_every_link_still_resolves()
    {
        using var vault = await TwoSpellingsAsync();

        await MergeAsync(vault);

        vault.Files().Keys.Should().NotContain(path => path.StartsWith($"People/{From}/", StringComparison.Ordinal));
        vault.MeetingNotes().Should().Contain($"People/{Into}/2025-10-02 - {From}.md");
        VaultLinks.Dangling(vault.Path, ["Inbox", "Sources"]).Should().BeEmpty();
    }

    [Fact]
    public async Task The_users_own_text_in_the_from_note_is_kept_in_the_into_note()
    {
        using var vault = await TwoSpellingsAsync();

        await MergeAsync(vault);

        vault.Read(IntoNote).Should().Contain("Prefers calls before noon.");
    }

    [Fact]
    public async Task After_a_merge_the_into_note_lists_the_meetings_of_both_spellings()
    {
        using var vault = await TwoSpellingsAsync();

        await MergeAsync(vault);

        vault.Read(IntoNote).Should().Contain("[[2025-10-01 - Jonsi Stefansson|").And.Contain($"[[2025-10-02 - {From}|").And.Contain("[[2025-10-03 - Partner sync|");
    }

    [Fact]
    public async Task A_second_ingest_of_the_same_sources_after_a_merge_keeps_one_note()
    {
        using var vault = await TwoSpellingsAsync();
        await MergeAsync(vault);
        foreach (var (file, text) in Meetings)
        {
            vault.Drop("again/" + file, text);
        }

        var run = await vault.IngestAsync();

        run.ExitCode.Should().Be(0, run.Error);
        vault.Files().Keys.Should().NotContain(path => path.StartsWith($"People/{From}/", StringComparison.Ordinal)).And.Contain(IntoNote);
    }

    [Fact]
    public async Task After_a_merge_a_new_meeting_with_the_from_spelling_goes_to_the_into_person()
    {
        using var vault = await TwoSpellingsAsync();
        await MergeAsync(vault);
        vault.Drop($"2025-10-09 - {From}.vtt", Vtt.Of(
            ("Jason Vallery", "Is the pilot contract signed now?"),
            (From, "Signed on Tuesday. The first partner starts on the first of November.")));

        var run = await vault.IngestAsync();

        run.ExitCode.Should().Be(0, run.Error);
        vault.Files().Keys.Should().NotContain(path => path.StartsWith($"People/{From}/", StringComparison.Ordinal));
        vault.Read(IntoNote).Should().Contain($"[[2025-10-09 - {From}|");
    }

    [Fact]
    public async Task An_ingest_with_an_empty_inbox_right_after_a_merge_changes_nothing()
    {
        using var vault = await TwoSpellingsAsync();
        await MergeAsync(vault);
        var merged = vault.Files();

        var run = await vault.IngestAsync();

        run.ExitCode.Should().Be(0, run.Error);
        vault.Files().Should().Equal(merged);
    }

    [Fact]
    public async Task After_a_merge_doctor_no_longer_suspects_the_two_spellings()
    {
        using var vault = await TwoSpellingsAsync();
        await MergeAsync(vault);

        var run = await CommandRun.RunAsync("doctor", "--json", "--vault", vault.Path);

        run.ExitCode.Should().Be(0, run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("suspected_duplicates").EnumerateArray()
            .SelectMany(suspect => new[] { suspect.GetProperty("name").GetString(), suspect.GetProperty("similar").GetString() })
            .Should().NotContain(From);
    }

    [Fact]
    public async Task Merging_a_lone_name_no_one_resolves_makes_its_meetings_count_for_the_into_person()
    {
        using var vault = await TwoSpellingsAsync();
        vault.Drop("2025-10-08 - Pilot review.vtt", Vtt.Of(
            ("Jason Vallery", "How many seats are live in the pilot now?"),
            ("Yonsi", "Forty seats are live and the second partner starts on Monday.")));
        (await vault.IngestAsync()).ExitCode.Should().Be(0);
        vault.Read(IntoNote).Should().NotContain("Pilot review");

        var run = await MergeAsync(vault, from: "Yonsi");

        run.ExitCode.Should().Be(0, run.Error);
        vault.Read(IntoNote).Should().Contain("[[2025-10-08 - Pilot review|").And.Contain("\n  - Yonsi\n");
    }

    [Fact]
    public async Task Merging_a_name_already_merged_is_a_one_line_error_that_writes_nothing()
    {
        using var vault = await TwoSpellingsAsync();
        await MergeAsync(vault);
        var before = vault.Files(withState: true);

        var run = await MergeAsync(vault);

        run.ExitCode.Should().Be(1);
        run.Error.TrimEnd('\n').Should().Contain(From).And.NotContain("\n");
        vault.Files(withState: true).Should().Equal(before);
    }

    [Fact]
    public async Task In_a_git_vault_a_merge_is_exactly_one_commit()
    {
        using var vault = await TwoSpellingsAsync();
        vault.Git("init", "-q", "-b", "main");
        vault.Git("config", "user.email", "test@example.com");
        vault.Git("config", "user.name", "Test");
        vault.Git("config", "commit.gpgsign", "false");
        vault.Git("add", "-A");
        vault.Git("commit", "-q", "-m", "vault");

        var run = await MergeAsync(vault);

        run.ExitCode.Should().Be(0, run.Error);
        vault.Git("rev-list", "--count", "HEAD").Trim().Should().Be("2");
        vault.Git("log", "-1", "--format=%s").Should().StartWith($"distill merge: {From} into {Into}");
        vault.Git("status", "--porcelain", "--", "People", "Partners.md", "Meetings").Should().BeEmpty();
    }

    [Fact]
    public async Task Undo_reverts_the_merge()
    {
        using var vault = await TwoSpellingsAsync();
        var before = vault.Files();
        await MergeAsync(vault);

        var run = await CommandRun.RunAsync("undo", "--vault", vault.Path);

        run.ExitCode.Should().Be(0, run.Error);
        vault.Files().Should().Equal(before);
        File.Exists(Path.Combine(vault.Path, ".distill", "aliases.yaml")).Should().BeFalse();
    }

    [Fact]
    public async Task Merging_into_an_unknown_single_word_is_a_one_line_error_that_writes_nothing()
    {
        using var vault = await TwoSpellingsAsync();
        var before = vault.Files(withState: true);

        var run = await MergeAsync(vault, into: "Jonsy");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("Jonsy").And.EndWith("\n");
        run.Error.TrimEnd('\n').Should().NotContain("\n");
        vault.Files(withState: true).Should().Equal(before);
    }

    [Fact]
    public async Task A_merge_while_another_run_holds_the_vault_exits_3_and_writes_nothing()
    {
        using var vault = await TwoSpellingsAsync();
        var before = vault.Files();
        using var held = Core.Vault.VaultLock.TryAcquire(vault.Path);

        var run = await MergeAsync(vault);

        held.Should().NotBeNull();
        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("another distill run holds the vault");
        vault.Files().Should().Equal(before);
        File.Exists(Path.Combine(vault.Path, ".distill", "aliases.yaml")).Should().BeFalse();
    }
}
