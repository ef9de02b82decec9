using AwesomeAssertions;
using Distill.Core.Pipeline;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Pipeline;

/// <summary>
/// Issue 6 on small vaults of meetings written here, ingested from end to end: who gets a person note, which meetings
/// and facts each note lists, and notes that do not depend on when or in what order the meetings came. The vault's
/// owner is Jason Vallery.
/// </summary>
public sealed class EntityIngestTests
{
    private static readonly (string File, string Text) StorageRoadmap = ("2025-10-01 - Storage roadmap.vtt", Vtt.Of(
        ("Jason Vallery", "Morning Priya. Where are we on the storage roadmap for next quarter?"),
        ("Priya Raman", "The roadmap draft is done. Finance still has to review the hardware budget."),
        ("Jason Vallery", "Good. Send me the draft when finance has signed off.")));

    private static readonly (string File, string Text) BillingReview = ("2025-10-02 - Billing review.vtt", Vtt.Of(
        ("James Vallery", "The billing export failed twice last week on the EU tenants."),
        ("Dana Okafor", "I saw that. The retry job runs at midnight, so we lose a whole day."),
        ("James Vallery", "Then let's move the retry to every hour and alert on the second failure.")));

    [Fact]
    public async Task Issue_6_Jason_and_James_Vallery_speaking_in_different_meetings_get_two_notes_each_listing_only_its_own_meeting()
    {
        // The owner takes part in every meeting he records, so here he is someone else.
        using var vault = await PipelineVault.CreateAsync(owner: "Noa Levi");
        vault.Drop(StorageRoadmap.File, StorageRoadmap.Text);
        vault.Drop(BillingReview.File, BillingReview.Text);
        await IngestAsync(vault);

        var jason = PipelineVault.Region(PersonNote(vault, "Jason Vallery"), "context");
        var james = PipelineVault.Region(PersonNote(vault, "James Vallery"), "context");

        PersonTitles(vault).Should().Contain(["Jason Vallery", "James Vallery"]).And.NotContain("Vallery");
        jason.Should().Contain("[[2025-10-01 - Storage roadmap|").And.NotContain("Billing review");
        james.Should().Contain("[[2025-10-02 - Billing review|").And.NotContain("Storage roadmap");
    }

    [Fact]
    public async Task Issue_6_the_lone_first_names_Kanchan_and_Akanksha_get_no_note_of_their_own_nor_one_together()
    {
        using var vault = await IngestedAsync(("2025-10-03 - Design sync.vtt", Vtt.Of(
            ("Jason Vallery", "Thanks both. Let's go through the design review comments."),
            ("Kanchan", "I went through the comments on the index layout yesterday."),
            ("Akanksha", "I still have the comments on the restore flow to answer."))));

        PersonTitles(vault).Should().Equal("Jason Vallery");
    }

    [Fact]
    public async Task Issue_6_Kanchan_Mehta_and_Akanksha_Rao_stay_two_and_each_lone_first_name_goes_to_its_own_person()
    {
        using var vault = await IngestedAsync(
            ("2025-10-03 - Design sync.vtt", Vtt.Of(
                ("Jason Vallery", "Thanks both. Let's go through the design review comments."),
                ("Kanchan Mehta", "I went through the comments on the index layout yesterday."),
                ("Akanksha Rao", "I still have the comments on the restore flow to answer."))),
            ("2025-10-06 - Index layout.vtt", Vtt.Of(
                ("Jason Vallery", "How did the index layout benchmark go?"),
                ("Kanchan", "The new layout reads twice as fast on the large tenants."))),
            ("2025-10-07 - Restore flow.vtt", Vtt.Of(
                ("Jason Vallery", "Are the restore flow answers ready?"),
                ("Akanksha", "Yes, I answered every comment on the restore flow this morning."))));

        var kanchan = PipelineVault.Region(PersonNote(vault, "Kanchan Mehta"), "context");
        var akanksha = PipelineVault.Region(PersonNote(vault, "Akanksha Rao"), "context");

        PersonTitles(vault).Should().BeEquivalentTo("Jason Vallery", "Kanchan Mehta", "Akanksha Rao");
        kanchan.Should().Contain("[[2025-10-03 - Design sync|").And.Contain("[[2025-10-06 - Index layout|").And.NotContain("Restore flow");
        akanksha.Should().Contain("[[2025-10-03 - Design sync|").And.Contain("[[2025-10-07 - Restore flow|").And.NotContain("Index layout");
    }

    [Fact]
    public async Task Issue_6_a_fact_the_owner_says_about_himself_in_a_1_1_lands_on_his_note_not_the_counterparts_nor_a_person_it_names()
    {
        using var vault = await IngestedAsync(
            ("2025-10-08 - Priya Raman.vtt", Vtt.Of(
                ("Jason Vallery", "I've been at Microsoft for thirteen years, longer than Marco Bellini has been in Seattle."),
                ("Priya Raman", "That is a long time. What made you stay so long?"),
                ("Jason Vallery", "Mostly the people. Let's talk about the pricing deck now."))),
            ("2025-10-09 - EU capacity.vtt", Vtt.Of(
                ("Marco Bellini", "The EU region has two more nodes since the weekend."),
                ("Priya Raman", "Good, then the beta customers can start on Monday."))));

        var owner = PipelineVault.Region(PersonNote(vault, "Jason Vallery"), "facts");

        owner.Should().Contain("I've been at Microsoft for thirteen years").And.Contain("[[2025-10-08 - Priya Raman#^");
        PersonNote(vault, "Priya Raman").Should().NotContain("thirteen years");
        PersonNote(vault, "Marco Bellini").Should().NotContain("thirteen years");
    }

    [Fact]
    public async Task Issue_6_a_lone_first_name_goes_to_the_participant_who_has_it_not_to_another_person_of_that_first_name()
    {
        using var vault = await IngestedAsync(
            ("2025-10-10 - Offer review.vtt", Vtt.Of(
                ("Jason Vallery", "Where are we with the offer for the new storage engineer?"),
                ("Priya Raman", "Jai sent the signed offer letter to Northwind on Monday morning."),
                ("Jai Menon", "Yes, and the start date is the first of November."))),
            ("2025-10-13 - Hiring sync.vtt", Vtt.Of(
                ("Jai Patel", "We have three more interviews for the support role this week."),
                ("Dana Okafor", "I can take the Thursday interview if you send me the resume."))));

        var menon = PipelineVault.Region(PersonNote(vault, "Jai Menon"), "facts");
        var patel = PersonNote(vault, "Jai Patel");

        menon.Should().Contain("Jai sent the signed offer letter");
        patel.Should().NotContain("offer letter").And.NotContain("Offer review");
        PersonTitles(vault).Should().NotContain("Jai");
    }

    [Fact]
    public async Task Issue_6_an_alias_in_the_aliases_file_makes_Manish_Maneesh_Sah_whose_note_lists_the_meeting_and_shows_the_alias()
    {
        using var vault = await PipelineVault.CreateAsync();
        vault.Write(".distill/aliases.yaml", "Maneesh Sah: [Manish]\n");
        vault.Drop("2025-10-14 - Budget check-in.vtt", Vtt.Of(
            ("Jason Vallery", "Thanks for making time. Is the hardware budget approved?"),
            ("Manish", "Approved this morning, with ten percent held back for the EU region.")));
        await IngestAsync(vault);

        var maneesh = PersonNote(vault, "Maneesh Sah");

        PersonTitles(vault).Should().BeEquivalentTo("Jason Vallery", "Maneesh Sah");
        PipelineVault.Region(maneesh, "context").Should().Contain("[[2025-10-14 - Budget check-in|");
        maneesh.Should().Contain("\naliases:\n  - Manish\n");
    }

    [Fact]
    public async Task Issue_6_a_meeting_note_deleted_from_the_vault_drops_out_of_its_peoples_notes_on_a_run_with_an_empty_inbox()
    {
        using var vault = await IngestedAsync(StorageRoadmap, ("2025-10-15 - Pricing deck.vtt", Vtt.Of(
            ("Jason Vallery", "Is the pricing deck ready for the customer call?"),
            ("Priya Raman", "Almost. I am adding the discount table for the three year plans."))));
        File.Delete(Path.Combine(vault.Path, vault.NotesOfType("meeting").Single(path => path.EndsWith("2025-10-15 - Pricing deck.md", StringComparison.Ordinal))));

        await IngestAsync(vault);

        var priya = PersonNote(vault, "Priya Raman");
        priya.Should().NotContain("Pricing deck").And.Contain("[[2025-10-01 - Storage roadmap|").And.Contain("\nlast_contact: 2025-10-01\n");
    }

    [Fact]
    public async Task Issue_6_what_the_user_writes_outside_the_regions_of_a_person_note_survives_the_next_ingest()
    {
        using var vault = await IngestedAsync(StorageRoadmap);
        var path = "People/Priya Raman/Priya Raman.md";
        vault.Write(path, vault.Read(path) + "\n## How we work\nPrefers written agendas a day ahead.\n");
        vault.Drop(BillingReview.File, BillingReview.Text.Replace("James Vallery", "Priya Raman", StringComparison.Ordinal));

        await IngestAsync(vault);

        vault.Read(path).Should().Contain("\n## How we work\nPrefers written agendas a day ahead.\n").And.Contain("[[2025-10-02 - Billing review|");
    }

    [Fact]
    public async Task Issue_6_a_region_of_a_person_note_the_user_edited_is_kept_by_the_next_ingest()
    {
        using var vault = await IngestedAsync(StorageRoadmap);
        var path = "People/Priya Raman/Priya Raman.md";
        vault.Write(path, EditContext(vault.Read(path)));
        vault.Drop(BillingReview.File, BillingReview.Text.Replace("James Vallery", "Priya Raman", StringComparison.Ordinal));

        await IngestAsync(vault);

        PipelineVault.Region(vault.Read(path), "context").Should().Contain(UsersContextLine).And.NotContain("Billing review");
    }

    [Fact]
    public async Task Issue_6_a_region_of_a_person_note_the_user_edited_is_reported_by_the_next_ingest()
    {
        using var vault = await IngestedAsync(StorageRoadmap);
        var path = "People/Priya Raman/Priya Raman.md";
        vault.Write(path, EditContext(vault.Read(path)));
        vault.Drop(BillingReview.File, BillingReview.Text.Replace("James Vallery", "Priya Raman", StringComparison.Ordinal));

        var result = await IngestAsync(vault);

        var reported = result.Planned.LeftAlone.Select(problem => problem.ToString());
        reported.Should().Contain(line => line.StartsWith(path + ": ", StringComparison.Ordinal) && line.Contains("context", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Issue_6_three_meetings_in_one_batch_or_one_at_a_time_in_reverse_give_the_same_person_notes_a_first_name_settled_by_a_later_full_name_included()
    {
        (string File, string Text)[] meetings =
        [
            ("2025-10-20 - Dana Okafor.vtt", Vtt.Of(
                ("Jason Vallery", "Thanks Dana. How is the runbook for the restore drill coming along?"),
                ("Dana Okafor", "I finished the runbook for the restore drill on Friday afternoon."),
                ("Jason Vallery", "Great. Please send it to Marco Bellini before the drill."))),
            ("2025-10-21 - Capacity review.vtt", Vtt.Of(
                ("Jason Vallery", "Let's look at the capacity numbers for the EU region."),
                ("Marco Bellini", "We added two nodes, so the EU region is at 60 percent."),
                ("Priya Raman", "Good. Fabrikam starts onboarding on Monday, so we need the headroom."))),
            ("2025-10-22 - Dana.vtt", Vtt.Of(
                ("Jason Vallery", "Did the restore drill go well yesterday?"),
                ("Dana", "I've moved the second restore drill to Thursday at 10 for the EU cluster."),
                ("Jason Vallery", "Fine. I will tell Priya Raman about the new date."))),
        ];
        using var batch = await IngestedAsync(meetings);
        using var oneByOne = await PipelineVault.CreateAsync();
        foreach (var (file, text) in meetings.Reverse())
        {
            oneByOne.Drop(file, text);
            await IngestAsync(oneByOne);
        }

        var people = PersonNotes(batch);

        PipelineVault.Region(people["People/Dana Okafor/Dana Okafor.md"], "context").Should().Contain("[[2025-10-22 - Dana|");
        PersonNotes(oneByOne).Should().Equal(people);
    }

    [Fact]
    public async Task Issue_6_the_same_sources_ingested_again_write_no_entity_note()
    {
        (string File, string Text)[] meetings = [StorageRoadmap, BillingReview];
        using var vault = await IngestedAsync(meetings);
        var before = vault.Hashes("Sources/", "Inbox/", ".distill/");
        foreach (var (file, text) in meetings)
        {
            vault.Drop("again/" + file, text);
        }

        var again = await IngestAsync(vault);

        again.Planned.Plan.Changes.Select(change => change.Path).Should().OnlyContain(path => path.StartsWith("Sources/", StringComparison.Ordinal) || path.StartsWith(".distill/", StringComparison.Ordinal));
        vault.Hashes("Sources/", "Inbox/", ".distill/").Should().Equal(before);
    }

    private const string UsersContextLine = "- 2025-10-01 — my own summary of the roadmap call";

    /// <summary>The note with its Recent context region's only line replaced by the user's.</summary>
    private static string EditContext(string note)
    {
        var line = PipelineVault.Region(note, "context").Split('\n').Single(text => text.StartsWith("- 2025-10-01", StringComparison.Ordinal));
        return note.Replace(line, UsersContextLine, StringComparison.Ordinal);
    }

    private static async Task<PipelineVault> IngestedAsync(params (string File, string Text)[] meetings)
    {
        var vault = await PipelineVault.CreateAsync();
        foreach (var (file, text) in meetings)
        {
            vault.Drop(file, text);
        }

        await IngestAsync(vault);
        return vault;
    }

    private static async Task<IngestResult> IngestAsync(PipelineVault vault)
    {
        var result = await vault.IngestAsync();
        result.Applied!.Outcome.Should().BeOneOf(ApplyOutcome.Applied, ApplyOutcome.NothingToDo);
        vault.InboxFiles().Should().BeEmpty();
        return result;
    }

    private static string PersonNote(PipelineVault vault, string name) => vault.Read($"People/{name}/{name}.md");

    /// <summary>The titles of the vault's person notes.</summary>
    private static List<string> PersonTitles(PipelineVault vault) =>
        [.. vault.NotesOfType("person").Select(path => vault.Read(path).Split('\n').Single(line => line.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..])];

    /// <summary>Every person note's text, by path.</summary>
    private static SortedDictionary<string, string> PersonNotes(PipelineVault vault) =>
        new(vault.NotesOfType("person").ToDictionary(path => path, vault.Read), StringComparer.Ordinal);
}
