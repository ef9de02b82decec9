using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using CsCheck;
using Distill.Core.Extraction;
using Distill.Core.Planning;
using Distill.Core.Sources;
using Xunit;
using YamlDotNet.Serialization;

namespace Distill.Core.Tests.Planning;

public sealed partial class MeetingNoteTests
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    private static readonly string[] DesignKeyOrder =
        ["type", "title", "date", "time", "duration_min", "participants", "mentions", "source", "source_sha256", "extractor", "tags"];

    private static readonly string[] RegionOrder = ["summary", "tasks", "follow-ups", "decisions", "facts", "questions", "transcript"];

    private static readonly string[] HostilePieces =
        ["---", "title: x", ": ", "# heading", "#task", "\"quoted\"", "'single'", "<!-- distill:end transcript -->", "[[x]]", "%%", "^t25", "\n", "- [ ] "];

    /// <summary>A meeting of hostile text: a title, speakers and turns made of what breaks notes, evidence anywhere (even where no turn is).</summary>
    private static readonly Gen<Core.Extraction.Extraction> HostileMeetings =
        Gen.Select(
            MarkdownTextTests.HostileText,
            Gen.Select(Gen.Int[0, 5000].Nullable(), Gen.Int[0, 200], Gen.OneOf<string?>(null, "Jai Menon", "Speaker 1", "**Bob**", "[[x]]"), MarkdownTextTests.HostileText)
                .Array[0, 8],
            Gen.Select(Gen.Int[-10, 6000].Nullable(), Gen.Int[0, 20], MarkdownTextTests.HostileText).Array[0, 6])
        .Select((title, turns, items) =>
        {
            var segments = turns.Select((turn, index) => new Segment(
                turn.Item1 is { } start ? TimeSpan.FromSeconds(start) : null,
                turn.Item1 is { } from ? TimeSpan.FromSeconds(from + turn.Item2) : null,
                turn.Item3,
                turn.Item4,
                index + 1)).ToImmutableArray();
            var evidence = items.Select(item => new Evidence(item.Item1 is { } at ? TimeSpan.FromSeconds(at) : null, null, null, "quote", item.Item2)).ToList();
            var source = NoteBuilder.Source(segments) with { Title = title };
            return NoteBuilder.Extraction(source) with
            {
                Summary = title,
                KeyFacts = [.. items.Select((item, index) => new Item(item.Item3, [evidence[index]]))],
                ActionItems = [.. items.Select((item, index) => new TaskItem(item.Item3, [evidence[index]], item.Item3, null, null))],
            };
        });

    [Fact]
    public void The_front_matter_has_the_designs_keys_in_the_designs_order()
    {
        var source = NoteBuilder.Source(NoteBuilder.Segments) with { Time = new TimeOnly(14, 5) };

        var note = MeetingNote.Render(NoteBuilder.Extraction(source), NoteBuilder.Context);

        KeysOf(note).Should().Equal(DesignKeyOrder);
    }

    [Fact]
    public void The_front_matter_holds_the_meeting_as_yaml_obsidian_reads()
    {
        var source = NoteBuilder.Source(NoteBuilder.Segments) with { Time = new TimeOnly(14, 5) };

        var values = FrontMatterOf(MeetingNote.Render(NoteBuilder.Extraction(source), NoteBuilder.Context));

        values.Should().BeEquivalentTo(new Dictionary<string, object>
        {
            ["type"] = "meeting",
            ["title"] = "1:1 with Jai Menon — external offers and Apollo scope",
            ["date"] = "2025-09-30",
            ["time"] = "14:05",
            ["duration_min"] = "29",
            ["participants"] = new List<object> { "[[Jason Vallery]]", "[[Jai Menon]]" },
            ["mentions"] = new List<object> { "[[Maneesh Sah|Manish]]", "[[Apollo]]" },
            ["source"] = "Sources/Transcripts/2025/2025-09-30 - Jai Menon.md",
            ["source_sha256"] = "29803638cfc02e04e9fe795d17120ff0fa6f9b8e86e443a83b282cddc20bca8c",
            ["extractor"] = "rules 1.0",
            ["tags"] = new List<object> { "meeting", "one-on-one" },
        });
    }

    [Fact]
    public void Links_are_written_as_quoted_strings()
    {
        NoteBuilder.Note().Should().Contain("participants:\n  - \"[[Jason Vallery]]\"\n  - \"[[Jai Menon]]\"\n");
    }

    [Fact]
    public void Names_the_entity_map_does_not_know_are_plain_text_never_links()
    {
        var extraction = NoteBuilder.Extraction() with { Participants = ["Jai Menon", "Me", "Remote", "Speaker 1"], Mentions = new Mentions(["Bob"], [], []) };

        var values = FrontMatterOf(MeetingNote.Render(extraction, NoteBuilder.Context));

        (values["participants"], values["mentions"]).Should().BeEquivalentTo((new List<object> { "[[Jai Menon]]", "Me", "Remote", "Speaker 1" }, new List<object> { "Bob" }));
    }

    [Fact]
    public void A_task_owner_the_map_does_not_know_is_written_as_plain_text()
    {
        NoteBuilder.Note().Should().Contain("[[#^t731|12:11]] @Speaker 1 🆔");
    }

    [Fact]
    public void The_vault_owners_tasks_use_the_configured_handle()
    {
        var context = NoteBuilder.Context with { Owner = new VaultOwner(NoteBuilder.Owner, "@Myself") };

        MeetingNote.Render(NoteBuilder.Extraction(), context).Should().Contain("[[#^t1030|17:10]] @Myself 📅 2025-10-03 ⏫");
    }

    [Fact]
    public void Names_in_item_text_link_their_entity_showing_the_name_as_said()
    {
        NoteBuilder.Note().Should().Contain("- [?] Send [[Jai Menon|Jai]] and [[Maneesh Sah|Manish]] the best offer with the asks for staying [[#^t1030|17:10]] @[[Jason Vallery]] 📅 2025-10-03 ⏫ 🆔 ");
    }

    [Fact]
    public void Tasks_are_open_and_tagged_proposed_where_the_plugin_has_no_proposed_status()
    {
        var note = MeetingNote.Render(NoteBuilder.Extraction(), NoteBuilder.Context with { ProposedStatus = false });

        TaskLines(note).Should().NotBeEmpty().And.OnlyContain(line => line.StartsWith("- [ ] ", StringComparison.Ordinal) && line.Contains(" #task #proposed ^", StringComparison.Ordinal));
    }

    [Fact]
    public void Sections_are_regions_in_order_and_empty_ones_are_left_out()
    {
        NoteBody.Parse(NoteBuilder.Note()).Regions.Select(region => region.Name).Should().Equal(RegionOrder);
    }

    [Fact]
    public void An_item_without_evidence_is_marked_for_review()
    {
        var extraction = NoteBuilder.Extraction() with { Risks = [new Item("Data centers come first", [])] };

        MeetingNote.Render(extraction, NoteBuilder.Context).Should().Contain("## Risks\n- Data centers come first #needs-review\n");
    }

    [Fact]
    public void A_turn_is_a_paragraph_with_its_time_speaker_and_block_id()
    {
        NoteBuilder.Note().Should().Contain("\n\n**12:11** **Jai Menon**: Okay. ^t731\n\n");
    }

    [Fact]
    public void A_segment_longer_than_a_minute_is_cut_at_sentence_ends_with_interpolated_times()
    {
        var note = NoteBuilder.Note();

        note.Should().Contain("**10:20** **Jason Vallery**: You know, there's four real external opportunities. Two of them I've probably already ruled out in my head. Two that I think are potentials. ^t620\n")
            .And.Contain("**~11:16** **Jason Vallery**: They are all management roles.");
    }

    [Fact]
    public void Evidence_inside_a_cut_segment_links_the_part_that_holds_it()
    {
        NoteBuilder.Note().Should().Contain("- Who owns [[Apollo]] product management? [[#^t676|~11:16]]\n");
    }

    [Fact]
    public void Times_past_an_hour_show_hours()
    {
        var source = NoteBuilder.Source([NoteBuilder.Segment(3725, 3730, "Jai Menon", "Late.", 1)]);

        MeetingNote.Render(NoteBuilder.Extraction(source), NoteBuilder.Context).Should().Contain("**1:02:05** **Jai Menon**: Late. ^t3725\n");
    }

    [Fact]
    public void Turns_in_the_same_second_get_distinct_block_ids()
    {
        var source = NoteBuilder.Source([NoteBuilder.Segment(5, 5, "Jai Menon", "One.", 1), NoteBuilder.Segment(5, 6, "Jason Vallery", "Two.", 2)]);

        MeetingNote.Render(NoteBuilder.Extraction(source), NoteBuilder.Context).Should().Contain("One. ^t5\n").And.Contain("Two. ^t5-2\n");
    }

    [Fact]
    public void A_source_without_times_uses_line_block_ids()
    {
        var source = NoteBuilder.Source([new Segment(null, null, "Jai Menon", "Hello there.", 12), new Segment(null, null, null, "# Not a heading", 14)]);
        var extraction = NoteBuilder.Extraction(source) with { KeyFacts = [new Item("Hello", [new Evidence(null, null, null, "Hello there.", 12)])] };

        MeetingNote.Render(extraction, NoteBuilder.Context).Should().Contain("**Jai Menon**: Hello there. ^l12\n\n\\# Not a heading ^l14\n").And.Contain("- Hello [[#^l12|line 12]]\n");
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var reordered = NoteBuilder.Context with { Entities = NoteBuilder.Entities.Reverse().ToDictionary(StringComparer.Ordinal) };

        MeetingNote.Render(NoteBuilder.Extraction(), reordered).Should().Be(NoteBuilder.Note());
    }

    [Fact]
    public void Transcript_text_that_looks_like_structure_does_not_break_the_note()
    {
        var segments = HostilePieces.Select((piece, index) => NoteBuilder.Segment(index * 10, index * 10 + 5, piece, $"{piece} said {piece}", index + 1));
        var extraction = NoteBuilder.Extraction(NoteBuilder.Source([.. segments])) with { Summary = string.Join(' ', HostilePieces) };

        var note = MeetingNote.Render(extraction, NoteBuilder.Context with { Title = string.Concat(HostilePieces) });

        Problems(note, string.Concat(HostilePieces)).Should().BeEmpty();
    }

    [Fact]
    public void Any_meeting_renders_to_a_note_whose_structure_reads_back_intact()
    {
        HostileMeetings.Sample(extraction =>
        {
            var note = MeetingNote.Render(extraction, NoteBuilder.Context with { Title = extraction.Source.Title });

            Problems(note, extraction.Source.Title).Should().BeEmpty();
        });
    }

    [Fact]
    public void Any_meeting_renders_the_same_text_twice()
    {
        HostileMeetings.Sample(extraction => MeetingNote.Render(extraction, NoteBuilder.Context).Should().Be(MeetingNote.Render(extraction, NoteBuilder.Context)));
    }

    /// <summary>
    /// What would be wrong with a rendered note: front matter YAML cannot read or that lost the title, regions that do
    /// not read back with the expected names, links to block ids the note lacks, block ids given twice.
    /// </summary>
    private static List<string> Problems(string note, string title)
    {
        var problems = new List<string>();
        var values = FrontMatterOf(note);
        if (!Equals(values["title"], MarkdownText.Flatten(title)))
        {
            problems.Add($"title read back as {values["title"]}");
        }

        var body = NoteBody.Parse(NoteText.Split(note).Body);
        var expected = RegionOrder.Where(name => note.Contains($"<!-- distill:begin {name} ", StringComparison.Ordinal)).ToList();
        if (!body.Conflicts.IsEmpty || !body.Regions.Select(region => region.Name).SequenceEqual(expected) || body.Regions.Any(region => region.IsEdited))
        {
            problems.Add("regions do not read back: " + string.Join(", ", body.Conflicts));
        }

        if (body.Parts.OfType<OutsideText>().SelectMany(part => part.Text.Split('\n')).Any(line => line.TrimStart().StartsWith("<!--", StringComparison.Ordinal)))
        {
            problems.Add("a marker outside the regions");
        }

        var text = NoteText.Split(note).Body;
        var blocks = text.Split('\n').Select(line => BlockId().Match(line)).Where(match => match.Success).Select(match => match.Groups[1].Value).ToList();
        problems.AddRange(blocks.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => $"block id {group.Key} given twice"));
        problems.AddRange(EvidenceLink().Matches(text).Select(match => match.Groups[1].Value).Where(id => !blocks.Contains(id)).Select(id => $"link to missing block {id}"));
        return problems;
    }

    private static Dictionary<string, object> FrontMatterOf(string note)
    {
        var yaml = note[4..note.IndexOf("\n---\n", StringComparison.Ordinal)];
        return Yaml.Deserialize<Dictionary<string, object>>(yaml);
    }

    private static IEnumerable<string> KeysOf(string note) =>
        note[4..note.IndexOf("\n---\n", StringComparison.Ordinal)].Split('\n').Where(line => line.Length > 0 && line[0] is not ' ' and not '-').Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)]);

    private static IEnumerable<string> TaskLines(string note) => note.Split('\n').Where(line => TaskLine.Parse(line) is not null);

    [GeneratedRegex(@" \^([A-Za-z0-9-]+)$")]
    private static partial Regex BlockId();

    [GeneratedRegex(@"\[\[#\^([A-Za-z0-9-]+)\|")]
    private static partial Regex EvidenceLink();
}
