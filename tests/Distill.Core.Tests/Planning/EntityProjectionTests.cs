using AwesomeAssertions;
using Distill.Core.Entities;
using Distill.Core.Extraction;
using Distill.Core.Planning;
using Xunit;
using static Distill.Core.Tests.Planning.EntityVault;

namespace Distill.Core.Tests.Planning;

public sealed class EntityProjectionTests
{
    private const string PetePath = "People/Pete Emig/2025-10-01 - 1-1 with Pete Emig.md";

    private static MeetingDigest PeteDigest(string date = "2025-10-01", bool linked = true) => Digest(PetePath, PeteMeeting(date, linked));

    private static EntityRecord? RecordOf(Entity entity, params MeetingDigest[] meetings) => Project(meetings).GetValueOrDefault(entity.NotePath);

    [Fact]
    public void A_fact_the_vault_owner_says_in_a_1_1_lands_on_the_owners_record_only()
    {
        var records = Project(PeteDigest());

        var owners = records.Where(record => record.Value.Facts.Any(fact => fact.Text.StartsWith("I've been at Microsoft", StringComparison.Ordinal)));

        owners.Select(record => record.Key).Should().Equal(Jason.NotePath);
    }

    [Fact]
    public void A_fact_links_the_passage_it_comes_from()
    {
        var fact = RecordOf(Jason, PeteDigest())!.Facts.Single();

        fact.Should().Be(new NoteLine(new DateOnly(2025, 10, 1), "2025-10-01 - 1-1 with Pete Emig", "t10", "I've been at Microsoft for 13 years and Maneesh Sah knows it."));
    }

    [Fact]
    public void A_fact_that_starts_with_a_name_lands_on_that_persons_record()
    {
        var records = Project(PeteDigest());

        records[Jai.NotePath].Facts.Select(fact => fact.Text).Should().Equal("Jai believes Apollo needs a clean-sheet design.");
        records[Pete.NotePath].Facts.Should().BeEmpty();
        records[Apollo.NotePath].Facts.Should().BeEmpty();
    }

    [Fact]
    public void A_fact_about_we_lands_on_nobodys_record()
    {
        var records = Project(PeteDigest());

        records.Values.SelectMany(record => record.Facts).Should().NotContain(fact => fact.Text.StartsWith("We agreed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_person_fact_of_a_speaker_with_no_entity_lands_nowhere()
    {
        var records = Project(JaiMeeting());

        records.Values.SelectMany(record => record.Facts).Select(fact => fact.Text).Should().Equal("Apollo needs a clean-sheet design.");
        records[Apollo.NotePath].Facts.Should().ContainSingle();
    }

    [Fact]
    public void A_task_is_owed_by_its_owner_and_to_the_people_it_names()
    {
        var records = Project(JaiMeeting());

        records[Jai.NotePath].Owes.Select(task => task.Text).Should().Equal("Brief Manish on Jason's expectations");
        records[Jai.NotePath].OwedTo.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Text = "Send Jai and Manish the best offer with the asks for staying",
            Owner = "Jason Vallery",
            Due = (DateOnly?)new DateOnly(2025, 10, 3),
            Priority = (Priority?)Priority.High,
        });
        records[Maneesh.NotePath].OwedTo.Select(task => task.Text).Should().Equal(
            "Send Jai and Manish the best offer with the asks for staying", "Brief Manish on Jason's expectations");
        records[Jason.NotePath].Owes.Select(task => task.Text).Should().Equal("Send Jai and Manish the best offer with the asks for staying");
    }

    [Fact]
    public void A_task_of_the_vault_owners_handle_is_owed_by_the_vault_owner()
    {
        var context = NoteBuilder.Context with { Owner = new VaultOwner(NoteBuilder.Owner, "@Myself") };
        var meeting = Digest(JaiMeetingPath, MeetingNote.Render(NoteBuilder.Extraction(), context));

        RecordOf(Jason, meeting)!.Owes.Select(task => task.Text).Should().Equal("Send Jai and Manish the best offer with the asks for staying");
    }

    [Fact]
    public void A_done_task_is_not_listed()
    {
        var records = Project(PeteDigest());

        records[Pete.NotePath].Owes.Select(task => task.Text).Should().Equal("Ask Jai about Apollo");
    }

    [Fact]
    public void A_meeting_removed_from_the_vault_drops_out()
    {
        var both = Project(JaiMeeting(), PeteDigest());
        var one = Project(PeteDigest());

        both[Jai.NotePath].Context.Should().HaveCount(2);
        one[Jai.NotePath].Context.Select(meeting => meeting.Note).Should().Equal("2025-10-01 - 1-1 with Pete Emig");
        one[Jai.NotePath].Owes.Should().BeEmpty();
        one.Should().NotContainKey(Maneesh.NotePath);
    }

    [Fact]
    public void Recent_context_is_newest_first_and_last_contact_is_the_newest_meeting_taken_part_in()
    {
        var record = RecordOf(Jai, JaiMeeting(), PeteDigest())!;

        record.Context.Select(meeting => meeting.Date).Should().Equal(new DateOnly(2025, 10, 1), new DateOnly(2025, 9, 30));
        record.LastContact.Should().Be(new DateOnly(2025, 9, 30));
    }

    [Fact]
    public void A_project_or_customer_is_last_contacted_when_last_mentioned()
    {
        RecordOf(MicrosoftCustomer, JaiMeeting(), PeteDigest())!.LastContact.Should().Be(new DateOnly(2025, 10, 1));
    }

    [Fact]
    public void The_same_line_in_two_meetings_is_listed_once_from_the_newest()
    {
        var decisions = RecordOf(Pete, PeteDigest(), Digest("People/Pete Emig/older.md", PeteMeeting("2025-09-01")))!.Decisions;

        decisions.Should().ContainSingle().Which.Date.Should().Be(new DateOnly(2025, 10, 1));
    }

    [Fact]
    public void Decisions_of_a_meeting_are_on_the_records_of_those_who_took_part()
    {
        var records = Project(PeteDigest());

        records[Pete.NotePath].Decisions.Select(line => line.Text).Should().Equal("Meet every other week.");
        records[Jai.NotePath].Decisions.Should().BeEmpty();
    }

    [Fact]
    public void Collaborators_are_the_people_met_with_besides_the_vault_owner()
    {
        var threeWay = Digest("Meetings/2025/2025-10-02 - Sync.md", Note("2025-10-02", "Sync", ["[[Jason Vallery]]", "[[Jai Menon]]", "[[Pete Emig]]"], []));

        var records = Project(threeWay, PeteDigest());

        records[Pete.NotePath].Collaborators.Should().Equal(new Collaborator(Jai, 1));
        records[Jason.NotePath].Collaborators.Should().BeEmpty();
    }

    [Fact]
    public void A_project_has_its_status_blockers_and_next_steps()
    {
        var meeting = Digest("Projects/Apollo/2025-10-03 - Apollo review.md", Note("2025-10-03", "Apollo review", ["[[Jason Vallery]]"], ["[[Apollo]]"],
            ("summary", "## Summary\nApollo is behind by a quarter. More later.\n"),
            ("tasks", "## Action items\n- [ ] Write the Apollo plan [[#^t5|0:05]] @[[Jason Vallery]] 🆔 dd4444 #task ^dd4444\n"),
            ("risks", "## Risks\n- Apollo may slip to 2027. [[#^t5|0:05]]\n"),
            ("questions", "## Open questions\n- Who funds Apollo? [[#^t5|0:05]]\n- Who funds the rest? [[#^t5|0:05]]\n")));

        var record = RecordOf(Apollo, meeting)!;

        record.Status!.Summary.Should().Be("Apollo is behind by a quarter.");
        record.Blockers.Select(line => line.Text).Should().Equal("Apollo may slip to 2027.", "Who funds Apollo?");
        record.OwedTo.Select(task => task.Text).Should().Equal("Write the Apollo plan");
    }

    [Fact]
    public void Records_folded_for_some_entities_only_are_those_the_whole_projection_makes_for_them()
    {
        MeetingDigest[] meetings =
        [
            PeteDigest(), JaiMeeting(), PeteDigest("2025-10-09", linked: false),
            Digest("Meetings/2025/2025-10-02 - Sync.md", Note("2025-10-02", "Sync", ["[[Jason Vallery]]", "[[Jai Menon]]", "[[Pete Emig]]"], ["[[Apollo]]"])),
        ];
        var whole = Project(meetings);

        foreach (var entity in All)
        {
            var alone = EntityProjection.Of(meetings, meeting => EntityProjection.Share(meeting, Resolve, Jason), Jason, path => path == entity.NotePath);

            alone.Keys.Should().BeSubsetOf([entity.NotePath]);
            alone.GetValueOrDefault(entity.NotePath).Should().BeEquivalentTo(whole.GetValueOrDefault(entity.NotePath), options => options.WithStrictOrdering());
        }
    }

    [Fact]
    public void A_meetings_share_names_every_entity_whose_record_it_adds_to()
    {
        foreach (var meeting in new[] { PeteDigest(), JaiMeeting(), PeteDigest(linked: false) })
        {
            var share = EntityProjection.Share(meeting, Resolve, Jason);

            Project(meeting).Keys.Should().BeEquivalentTo(share.Entities.Select(entity => entity.NotePath));
        }
    }
}
