using AwesomeAssertions;
using CsCheck;
using Distill.Core.Extraction;
using Distill.Core.Planning;
using Xunit;

namespace Distill.Core.Tests.Planning;

public sealed class MeetingDigestTests
{
    [Fact]
    public void A_meeting_note_reads_back_its_name_date_title_and_type()
    {
        var digest = EntityVault.JaiMeeting();

        digest.Should().BeEquivalentTo(new
        {
            Path = EntityVault.JaiMeetingPath,
            Name = "2025-09-30 - 1-1 with Jai Menon",
            Type = "meeting",
            Date = new DateOnly(2025, 9, 30),
            Title = "1:1 with Jai Menon — external offers and Apollo scope",
        });
    }

    [Fact]
    public void Linked_participants_and_mentions_keep_their_targets_and_the_names_the_source_used()
    {
        var digest = EntityVault.JaiMeeting();

        digest.Participants.Should().Equal(new NameRef("Jason Vallery", "Jason Vallery"), new NameRef("Jai Menon", "Jai Menon"));
        digest.Mentions.Should().Equal(new NameRef("Manish", "Maneesh Sah"), new NameRef("Apollo", "Apollo"));
    }

    [Fact]
    public void Plain_participants_have_no_target()
    {
        var digest = EntityVault.Digest("Meetings/2025/x.md", EntityVault.PeteMeeting(linked: false));

        digest.Participants.Should().Equal(new NameRef("Jason Vallery", null), new NameRef("Pete", null));
    }

    [Fact]
    public void A_task_reads_back_its_text_names_owner_due_priority_and_id()
    {
        var task = EntityVault.JaiMeeting().Tasks[0];

        task.Should().BeEquivalentTo(new
        {
            Text = "Send Jai and Manish the best offer with the asks for staying",
            Owner = new NameRef("Jason Vallery", "Jason Vallery"),
            OwnerIsVaultOwner = false,
            Status = "?",
            Due = (DateOnly?)new DateOnly(2025, 10, 3),
            Priority = (Priority?)Priority.High,
        });
        task.Names.Should().Equal(new NameRef("Jai", "Jai Menon"), new NameRef("Manish", "Maneesh Sah"));
        task.Id.Should().MatchRegex("^[a-z0-9]{6}$");
    }

    [Fact]
    public void A_follow_up_owned_by_a_name_without_an_entity_has_a_plain_owner()
    {
        var followUp = EntityVault.JaiMeeting().Tasks[2];

        followUp.Text.Should().Be("Reconnect once the offers are final");
        followUp.Owner.Should().Be(new NameRef("Speaker 1", null));
    }

    [Fact]
    public void A_task_written_with_the_vault_owners_handle_is_the_vault_owners()
    {
        var context = NoteBuilder.Context with { Owner = new VaultOwner(NoteBuilder.Owner, "@Myself") };
        var note = MeetingNote.Render(NoteBuilder.Extraction(), context);

        var task = MeetingDigest.Parse(EntityVault.JaiMeetingPath, note)!.Tasks[0];

        task.OwnerIsVaultOwner.Should().BeTrue();
        task.Owner.Should().BeNull();
        task.Text.Should().Be("Send Jai and Manish the best offer with the asks for staying");
    }

    [Fact]
    public void An_item_carries_the_speaker_and_block_of_the_passage_it_links()
    {
        var facts = EntityVault.JaiMeeting().Facts;

        facts.Should().BeEquivalentTo(new[]
        {
            new DigestItem("He has four external opportunities, all management roles.", [], "Jason Vallery", "t620"),
            new DigestItem("Apollo needs a clean-sheet design.", [new NameRef("Apollo", "Apollo")], "Speaker 1", "t1741"),
        }, options => options.WithStrictOrdering());
    }

    [Fact]
    public void Decisions_risks_and_questions_are_read_from_their_regions()
    {
        var digest = EntityVault.JaiMeeting();

        digest.Decisions.Select(item => item.Text).Should().Equal("Wait for Jason's decision before building a retention offer.");
        digest.Questions.Select(item => item.Text).Should().Equal("Who owns Apollo product management?");
        digest.Risks.Should().BeEmpty();
    }

    [Fact]
    public void The_summary_is_its_first_sentence_read_without_links_or_evidence()
    {
        var digest = EntityVault.Digest("x.md", EntityVault.Note("2025-10-01", "T", [], [],
            ("summary", "## Summary\nJason told [[Jai Menon|Jai]] about the offers. He will decide\nby Friday. [[#^t25|0:25]]\n")));

        digest.Summary.Should().Be("Jason told Jai about the offers.");
    }

    [Fact]
    public void A_long_first_sentence_is_cut_on_a_word_boundary()
    {
        var sentence = string.Concat(Enumerable.Repeat("word ", 60)) + "end.";

        var summary = MeetingDigest.FirstSentence(sentence);

        summary.Should().EndWith("word…").And.HaveLength(MeetingDigest.SummaryLength);
    }

    [Theory]
    [InlineData("---\ntype: person\ntitle: Jai Menon\n---\n# Jai Menon\n")]
    [InlineData("# A note of the user's\n\n- [ ] something @[[Jai Menon]]\n")]
    [InlineData("---\ntype: meeting\ntitle: No date\n---\n")]
    [InlineData("---\ntype: meeting\ndate: [unclosed\n---\n")]
    [InlineData("---\ntype: meeting\ndate: 2025-10-01\n")]
    public void A_note_that_is_not_a_dated_meeting_email_or_document_has_no_digest(string content)
    {
        MeetingDigest.Parse("x.md", content).Should().BeNull();
    }

    [Fact]
    public void A_hand_edited_note_with_broken_markers_gives_what_can_be_read()
    {
        const string content = "---\ntype: meeting\ndate: 2025-10-01\nparticipants: [[Jai Menon]]\n---\n"
            + "<!-- distill:begin facts sha256=00 -->\n## Key facts\n- Jai likes [[Apollo [[#^t9|0:09]]\n- &#xZZZ; \\[\\[x\n- Half a link [[#^\n"
            + "<!-- distill:begin tasks sha256=zz\n- [ ] @\n- [ ] Do it @[[]]\n- [/] text @\n<!-- distill:end -->\n"
            + "<!-- distill:begin transcript sha256=00 -->\n**0:09 **Jai**: hello ^t9\n^\n ^t9";

        var digest = MeetingDigest.Parse("x.md", content);

        digest.Should().NotBeNull();
        digest!.Participants.Should().BeEmpty();
        digest.Facts.Select(fact => fact.Text).Should().Equal("Jai likes [[Apollo", "&#xZZZ; [[x", "Half a link [[#^");
        digest.Tasks.Select(task => task.Status).Should().Equal(" ", " ", "/");
    }

    [Fact]
    public void No_text_makes_the_reader_throw()
    {
        Gen.Select(MarkdownTextTests.HostileText, MarkdownTextTests.HostileText).Sample((items, transcript) =>
        {
            var content = EntityVault.Note("2025-10-01", "T", ["[[Jai Menon]]"], [],
                ("facts", "- " + items + " [[#^t1|0:01]]\n"), ("tasks", "- [ ] " + items + " @" + items + "\n"), ("transcript", "**" + transcript + " ^t1\n"));

            MeetingDigest.Parse("x.md", content).Should().NotBeNull();
            MeetingDigest.Parse("x.md", items + transcript);
        });
    }
}
