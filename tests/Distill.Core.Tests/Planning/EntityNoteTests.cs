using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using CsCheck;
using Distill.Core.Entities;
using Distill.Core.Planning;
using Xunit;
using YamlDotNet.Serialization;
using static Distill.Core.Tests.Planning.EntityVault;

namespace Distill.Core.Tests.Planning;

public sealed partial class EntityNoteTests
{
    private const string PetePath = "People/Pete Emig/2025-10-01 - 1-1 with Pete Emig.md";

    private static MeetingDigest PeteDigest(bool linked = true) => Digest(PetePath, PeteMeeting(linked: linked));

    private static string NoteOf(Entity entity, params MeetingDigest[] meetings) =>
        EntityNote.Render(entity, entity.Name, [], [], Project(meetings).GetValueOrDefault(entity.NotePath));

    [Fact]
    public void A_person_no_meeting_mentions_is_front_matter_and_a_heading()
    {
        EntityNote.Render(Jai, "Jai Menon", ["Jay Menon"], ["jai.menon@example.com"], null).Should().Be(
            "---\ntype: person\ntitle: Jai Menon\naliases:\n  - Jay Menon\nemails:\n  - jai.menon@example.com\nlast_contact: null\ntags:\n  - person\n---\n# Jai Menon\n");
    }

    [Fact]
    public void A_name_that_looks_like_structure_keeps_the_note_readable()
    {
        const string name = "# Jai: \"the\" [[boss]] ---";

        var note = EntityNote.Render(Jai, name, [], [], null);

        var yaml = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(note[4..note.IndexOf("\n---\n", StringComparison.Ordinal)]);
        yaml["title"].Should().Be(name);
        note.Should().EndWith("\n---\n# \\# Jai: \"the\" \\[\\[boss\\]\\] ---\n");
    }

    [Fact]
    public void A_project_has_no_emails_and_its_own_type_and_tag()
    {
        NoteOf(Apollo, JaiMeeting()).Should().StartWith("---\ntype: project\ntitle: Apollo\naliases: []\nlast_contact: 2025-09-30\ntags:\n  - project\n---\n# Apollo\n");
    }

    [Fact]
    public void A_person_note_lists_open_tasks_both_ways_without_checkboxes_then_queries_them()
    {
        var note = NoteOf(Pete, PeteDigest());

        note.Should().Contain(
            "## Open tasks\n"
            + "### Pete Emig owes\n"
            + "- Ask Jai about Apollo — [[2025-10-01 - 1-1 with Pete Emig#^bb2222|2025-10-01]]\n"
            + "\n"
            + "### Owed to Pete Emig\n"
            + "- Jason Vallery: Send Pete the offer summary — due 2025-10-08, high — [[2025-10-01 - 1-1 with Pete Emig#^aa1111|2025-10-01]]\n"
            + "\n"
            + "```tasks\nnot done\ndescription includes Pete Emig\npath does not include Sources/\npath does not include Inbox/\nsort by due\n```\n"
            + "<!-- distill:end tasks -->\n");
    }

    [Fact]
    public void A_person_note_has_a_region_per_section_with_something_in_the_targets_order()
    {
        var note = NoteOf(Jai, JaiMeeting(), PeteDigest(), Digest("Meetings/2025/2025-10-02 - Sync.md", Note("2025-10-02", "Sync", ["[[Jai Menon]]", "[[Pete Emig]]"], [])));

        var body = NoteBody.Parse(NoteText.Split(note).Body);

        body.Regions.Select(region => region.Name).Should().Equal("facts", "tasks", "decisions", "context", "collaborators");
        note.Should().Contain("## Key facts\n- Jai believes Apollo needs a clean-sheet design. ([[2025-10-01 - 1-1 with Pete Emig#^t30|2025-10-01]])\n")
            .And.Contain("## Decisions\n- 2025-09-30 — Wait for Jason's decision before building a retention offer. ([[2025-09-30 - 1-1 with Jai Menon#^t1450|link]])\n")
            .And.Contain("## Recent context\n- 2025-10-02 — [[2025-10-02 - Sync|Sync]]\n- 2025-10-01 — [[2025-10-01 - 1-1 with Pete Emig|1:1 with Pete Emig]]: Pete and Jason caught up on the offers.\n")
            .And.Contain("## Collaborators\n- [[Pete Emig]] — 1 meeting\n")
            .And.NotContain("dataview");
    }

    [Fact]
    public void A_project_note_shows_status_facts_blockers_next_steps_and_context()
    {
        var body = NoteBody.Parse(NoteText.Split(NoteOf(Apollo, JaiMeeting(), PeteDigest())).Body);

        body.Regions.Select(region => region.Name).Should().Equal("status", "facts", "blockers", "tasks", "context");
        body.Regions.Single(region => region.Name == "tasks").Body.Should().StartWith("## Next steps\n- Pete Emig: Ask Jai about Apollo — ");
    }

    [Fact]
    public void The_order_meetings_come_in_does_not_change_any_note()
    {
        var meetings = new[] { JaiMeeting(), PeteDigest(), Digest("Meetings/2025/2025-10-01 - Sync.md", Note("2025-10-01", "Sync", ["[[Jai Menon]]", "[[Pete Emig]]"], [])) };
        var expected = All.Select(entity => NoteOf(entity, meetings)).ToList();

        foreach (var permutation in Permutations(meetings))
        {
            All.Select(entity => NoteOf(entity, [.. permutation])).Should().Equal(expected);
        }
    }

    [Fact]
    public void Names_written_as_links_or_as_plain_text_give_the_same_notes()
    {
        var plainContext = NoteBuilder.Context with { Entities = new Dictionary<string, string>() };
        MeetingDigest[] linked = [JaiMeeting(), PeteDigest(linked: true)];
        MeetingDigest[] plain = [Digest(JaiMeetingPath, MeetingNote.Render(NoteBuilder.Extraction(), plainContext)), PeteDigest(linked: false)];

        All.Select(entity => NoteOf(entity, plain)).Should().Equal(All.Select(entity => NoteOf(entity, linked)));
    }

    [Fact]
    public void Merged_into_the_note_on_disk_it_keeps_the_users_text_and_front_matter_keys()
    {
        var old = NoteOf(Jai, JaiMeeting());
        var onDisk = old
            .Replace("tags:\n", "role: Director\ntags:\n", StringComparison.Ordinal)
            .Replace("# Jai Menon\n", "# Jai Menon\n\n## How we work\nWeekly 1:1, Tuesdays.\n", StringComparison.Ordinal);
        var fresh = NoteOf(Jai, PeteDigest(), Digest("Meetings/2025/2025-10-02 - Sync.md", Note("2025-10-02", "Sync", ["[[Jai Menon]]"], [])));

        var merged = NoteMerge.Merge(onDisk, fresh, regenerate: false);

        merged.Conflicts.Should().BeEmpty();
        merged.Text.Should().Contain("role: Director\n").And.Contain("last_contact: 2025-10-02\n")
            .And.Contain("# Jai Menon\n\n## How we work\nWeekly 1:1, Tuesdays.\n")
            .And.Contain("[[2025-10-01 - 1-1 with Pete Emig#^t30|2025-10-01]]")
            .And.NotContain("2025-09-30");
    }

    [Fact]
    public void Text_from_a_transcript_cannot_break_the_notes_structure()
    {
        var date = new DateOnly(2025, 10, 1);
        Gen.Select(MarkdownTextTests.HostileText, MarkdownTextTests.HostileText, MarkdownTextTests.HostileText).Sample((text, name, anchor) =>
        {
            var task = new OpenTask(date, name, anchor, text, name, date, null);
            var record = new EntityRecord(date, null, [new NoteLine(date, name, anchor, text)], [task], [task], [], [],
                [new MeetingLine(date, name, text, text)], []);

            var note = EntityNote.Render(Jai, text, [text], [name], record);

            var split = NoteText.Split(note);
            split.Problem.Should().BeNull();
            var body = NoteBody.Parse(split.Body);
            body.Conflicts.Should().BeEmpty();
            body.Regions.Select(region => region.Name).Should().Equal("facts", "tasks", "context");
            foreach (var line in body.Regions.SelectMany(region => region.Body.Split('\n')).Where(line => line.StartsWith("- ", StringComparison.Ordinal)))
            {
                UnescapedLinkOpen().Count(line).Should().Be(1, line);
            }
        });
    }

    private static IEnumerable<IEnumerable<MeetingDigest>> Permutations(MeetingDigest[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany((item, index) => Permutations([.. items.Where((_, other) => other != index)]).Select(rest => rest.Prepend(item)));

    [GeneratedRegex(@"(?<!\\)\[\[")]
    private static partial Regex UnescapedLinkOpen();
}
