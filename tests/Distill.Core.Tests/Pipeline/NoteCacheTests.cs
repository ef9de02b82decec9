using System.Text.Json.Nodes;
using AwesomeAssertions;
using Distill.Core.Cleaning;
using Distill.Core.Extraction;
using Distill.Core.Pipeline;
using Distill.Core.Planning;
using Distill.Core.Sources;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Pipeline;

/// <summary>
/// The note cache (<c>.distill/notes.json</c>) from end to end: a run that trusts it writes the same bytes as one that
/// reads the whole vault (DESIGN invariant 4), sees what the user changed by hand, and never makes a dry run write.
/// Notes are aged after each run, as the passing of time would, so that the next run trusts their stamps.
/// </summary>
public sealed class NoteCacheTests
{
    private const string PriyaNote = "People/Priya Raman/Priya Raman.md";

    private static readonly (string File, string Text) StorageRoadmap = ("2025-10-01 - Storage roadmap.vtt", Vtt.Of(
        ("Jason Vallery", "Morning Priya Raman. Where are we on the storage roadmap for next quarter?"),
        ("Priya Raman", "The roadmap draft is done. Finance still has to review the hardware budget."),
        ("Jason Vallery", "Good. We decided to ship the roadmap to finance on Friday.")));

    private static readonly (string File, string Text) BillingReview = ("2025-10-02 - Billing review.vtt", Vtt.Of(
        ("Jason Vallery", "Priya, Dana, the billing export failed twice last week on the EU tenants."),
        ("Dana Okafor", "I saw that. The retry job runs at midnight, so we lose a whole day."),
        ("Priya Raman", "I will move the retry to every hour and alert on the second failure by Friday.")));

    [Fact]
    public async Task Entity_notes_ingested_over_several_runs_with_the_cache_are_byte_identical_to_a_recompute_without_it()
    {
        var meetings = PipelineVault.Meetings();
        using var vault = await PipelineVault.CreateAsync();
        IngestResult? last = null;
        foreach (var batch in meetings.Chunk((meetings.Count / 3) + 1))
        {
            vault.DropMeetings(batch);
            last = await IngestedAsync(vault);
        }

        var incremental = vault.Hashes(".distill/");
        File.Delete(Path.Combine(vault.Path, NoteCacheFile.RelativePath));
        var recomputed = await IngestedAsync(vault);

        last!.Snapshot.Notes.Values.Should().Contain(note => note.Remembered != null, "the last incremental run used the cache");
        recomputed.Snapshot.Notes.Values.Should().OnlyContain(note => note.Remembered == null, "the recompute read every note");
        recomputed.Planned.Plan.Changes.Should().BeEmpty();
        vault.Hashes(".distill/").Should().Equal(incremental);
    }

    [Fact]
    public async Task A_meeting_note_deleted_by_hand_drops_out_of_the_entity_notes_though_the_cache_remembers_it()
    {
        using var vault = await CachedVaultAsync();
        var roadmap = MeetingNote(vault, "Storage roadmap");
        File.Delete(Path.Combine(vault.Path, roadmap));

        var result = await IngestedAsync(vault);

        result.Snapshot.Notes.Values.Should().Contain(note => note.Remembered != null);
        vault.Read(PriyaNote).Should().NotContain("Storage roadmap").And.Contain("Billing review");
        await ShouldMatchARecomputeAsync(vault);
    }

    [Fact]
    public async Task A_meeting_note_edited_by_hand_shows_in_the_entity_notes_though_the_cache_remembers_it()
    {
        using var vault = await CachedVaultAsync();
        var roadmap = MeetingNote(vault, "Storage roadmap");
        vault.Write(roadmap, vault.Read(roadmap).Replace("title: Storage roadmap", "title: Storage plan for next year", StringComparison.Ordinal));

        var result = await IngestedAsync(vault);

        result.Snapshot.Notes.Values.Should().Contain(note => note.Remembered != null);
        vault.Read(PriyaNote).Should().Contain("|Storage plan for next year]]");
        await ShouldMatchARecomputeAsync(vault);
    }

    [Fact]
    public async Task A_dry_run_leaves_the_distill_folder_byte_identical()
    {
        using var vault = await CachedVaultAsync();
        vault.Drop("2025-10-03 - Budget.vtt", Vtt.Of(("Jason Vallery", "Priya Raman, is the hardware budget approved?"), ("Priya Raman", "Finance approved it this morning.")));
        var before = DistillFolder(vault);

        var result = await Ingestion.RunAsync(
            new IngestRequest(vault.Path, [], DryRun: true, Reprocess: false, null, vault.Config, new DateOnly(2026, 11, 24)), null, TestContext.Current.CancellationToken);

        result.Planned.Cache.Should().NotBeNull();
        result.Planned.Plan.Changes.Should().NotBeEmpty();
        DistillFolder(vault).Should().Equal(before);
    }

    [Fact]
    public async Task A_cache_written_by_another_build_is_not_trusted()
    {
        using var vault = await CachedVaultAsync();
        var roadmap = MeetingNote(vault, "Storage roadmap");
        var cachePath = Path.Combine(vault.Path, NoteCacheFile.RelativePath);
        var cache = JsonNode.Parse(File.ReadAllText(cachePath))!;
        cache["version"] = "0+another build";
        cache["notes"]![roadmap]!["digest"]!["title"] = "Forged title";
        File.WriteAllText(cachePath, cache.ToJsonString());
        File.Delete(Path.Combine(vault.Path, MeetingNote(vault, "Billing review")));

        var result = await IngestedAsync(vault);

        result.Snapshot.Notes.Values.Should().OnlyContain(note => note.Remembered == null);
        vault.Read(PriyaNote).Should().Contain("Storage roadmap").And.NotContain("Forged title");
    }

    [Fact]
    public async Task A_cache_that_does_not_parse_reads_as_none_and_is_written_again()
    {
        using var vault = await CachedVaultAsync();
        var cachePath = Path.Combine(vault.Path, NoteCacheFile.RelativePath);
        File.WriteAllText(cachePath, "{\"version\": ");
        File.Delete(Path.Combine(vault.Path, MeetingNote(vault, "Storage roadmap")));

        var result = await IngestedAsync(vault);

        result.Snapshot.Notes.Values.Should().OnlyContain(note => note.Remembered == null);
        vault.Read(PriyaNote).Should().NotContain("Storage roadmap");
        NoteCacheFile.Read(vault.Path).Notes.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_note_the_cache_left_unread_and_the_user_changed_before_it_was_read_is_not_overwritten()
    {
        using var vault = await CachedVaultAsync();
        var snapshot = VaultScan.ReadWithCache(vault.Path, vault.Config.Layout);
        snapshot.Notes[PriyaNote].Remembered.Should().NotBeNull();
        var edited = vault.Read(PriyaNote) + "\nMet her at the offsite.\n";
        vault.Write(PriyaNote, edited);
        vault.Drop("2025-10-03 - Budget.vtt", Vtt.Of(("Jason Vallery", "Priya Raman, is the hardware budget approved?"), ("Priya Raman", "Finance approved it this morning.")));

        var planned = Planner.Plan(snapshot, [Dropped(vault, "2025-10-03 - Budget.vtt")], vault.Config.PlanningOptions(new DateOnly(2026, 11, 24), []));
        var applied = await Applier.ApplyAsync(planned.Plan, new ApplyOptions(vault.Path, GitCommit: false), TestContext.Current.CancellationToken);

        planned.Plan.Changes.Should().Contain(change => change is PatchFile && change.Path == PriyaNote);
        applied.Conflicts.Should().Contain(conflict => conflict.Path == PriyaNote);
        vault.Read(PriyaNote).Should().Be(edited);
    }

    /// <summary>Two meetings with Priya ingested, then a run with nothing to ingest, so that the cache holds every note with its stamp.</summary>
    private static async Task<PipelineVault> CachedVaultAsync()
    {
        var vault = await PipelineVault.CreateAsync();
        vault.Drop(StorageRoadmap.File, StorageRoadmap.Text);
        vault.Drop(BillingReview.File, BillingReview.Text);
        await IngestedAsync(vault);
        await IngestedAsync(vault);
        return vault;
    }

    /// <summary>An ingest that applied or had nothing to do, then every note aged by an hour.</summary>
    private static async Task<IngestResult> IngestedAsync(PipelineVault vault)
    {
        var result = await vault.IngestAsync();
        result.Applied!.Outcome.Should().BeOneOf(ApplyOutcome.Applied, ApplyOutcome.NothingToDo);
        result.Applied.Conflicts.Should().BeEmpty();
        foreach (var file in Directory.GetFiles(vault.Path, "*.md", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddHours(-1));
        }

        return result;
    }

    /// <summary>Without the cache, a run reads every note, recomputes every entity and finds nothing to change.</summary>
    private static async Task ShouldMatchARecomputeAsync(PipelineVault vault)
    {
        var before = vault.Hashes(".distill/");
        File.Delete(Path.Combine(vault.Path, NoteCacheFile.RelativePath));

        var recomputed = await IngestedAsync(vault);

        recomputed.Planned.Plan.Changes.Should().BeEmpty();
        vault.Hashes(".distill/").Should().Equal(before);
    }

    private static string MeetingNote(PipelineVault vault, string title) =>
        vault.NotesOfType("meeting").Single(path => path.Contains(title, StringComparison.Ordinal));

    private static SortedDictionary<string, string> DistillFolder(PipelineVault vault) =>
        new(vault.Hashes().Where(file => file.Key.StartsWith(".distill/", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal);

    private static PlanInput.Dropped Dropped(PipelineVault vault, string name)
    {
        var file = Path.Combine(vault.Path, "Inbox", "Transcripts", name);
        var read = (ReadResult.Read)Preparation.ReadAndClean(file, new CleaningOptions(vault.Config.Owner));
        return new PlanInput.Dropped(file, RuleExtractor.Extract(read.Source, new ExtractionOptions(vault.Config.Owner)));
    }
}
