using AwesomeAssertions;
using CsCheck;
using Distill.Core.Planning;
using Xunit;

namespace Distill.Core.Tests.Planning;

public sealed class NoteMergeTests
{
    private static readonly string Fresh = NoteBuilder.Note();

    private static string FirstTaskLine => Fresh.Split('\n').First(line => line.StartsWith("- [?] Send", StringComparison.Ordinal));

    [Fact]
    public void Merging_a_note_with_its_own_rendering_gives_it_back_byte_for_byte()
    {
        var merged = NoteMerge.Merge(Fresh, Fresh, regenerate: false);

        merged.Text.Should().Be(Fresh);
        merged.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public void A_note_with_windows_line_ends_merged_with_its_rendering_is_unchanged()
    {
        var windows = Fresh.Replace("\n", "\r\n", StringComparison.Ordinal);

        NoteMerge.Merge(windows, Fresh, regenerate: false).Should().BeEquivalentTo(new MergedNote(windows, []));
    }

    [Fact]
    public void Edits_outside_regions_edits_inside_a_region_and_ticked_tasks_all_survive_with_one_conflict()
    {
        var ticked = FirstTaskLine.Replace("- [?]", "- [x]", StringComparison.Ordinal).Replace(" ^", " ✅ 2025-10-05 ^", StringComparison.Ordinal);
        var existing = Fresh
            .Replace("# 1:1 with Jai Menon — external offers and Apollo scope\n", "# 1:1 with Jai Menon — external offers and Apollo scope\n\nMy own notes: call back Friday.\n", StringComparison.Ordinal)
            .Replace("Apollo]] needs a clean-sheet design.", "Apollo]] needs a clean-sheet design (Jai's view).", StringComparison.Ordinal)
            .Replace(FirstTaskLine, ticked, StringComparison.Ordinal);

        var merged = NoteMerge.Merge(existing, Fresh, regenerate: false);

        merged.Text.Should().Contain("My own notes: call back Friday.").And.Contain("(Jai's view)").And.Contain(ticked);
        merged.Conflicts.Should().ContainSingle().Which.Part.Should().Be("facts");
    }

    [Fact]
    public void A_ticked_task_keeps_its_status_and_done_date_when_its_region_is_rewritten()
    {
        var ticked = FirstTaskLine.Replace("- [?]", "- [x]", StringComparison.Ordinal).Replace(" ^", " ✅ 2025-10-05 ^", StringComparison.Ordinal);
        var changed = NoteBuilder.Extraction() with { ActionItems = [.. NoteBuilder.Extraction().ActionItems, new("Book the follow-up", [NoteBuilder.At(3, 1030)], null, null, null)] };
        var fresh = MeetingNote.Render(changed, NoteBuilder.Context);

        var merged = NoteMerge.Merge(Fresh.Replace(FirstTaskLine, ticked, StringComparison.Ordinal), fresh, regenerate: false);

        merged.Text.Should().Contain(ticked).And.Contain("Book the follow-up");
        merged.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public void A_task_reworded_by_a_newer_extractor_keeps_its_id_and_status_when_it_links_the_same_passage()
    {
        var ticked = FirstTaskLine.Replace("- [?]", "- [x]", StringComparison.Ordinal).Replace(" ^", " ✅ 2025-10-05 ^", StringComparison.Ordinal);
        var oldId = TaskLine.Parse(FirstTaskLine)!.Id!;
        var extraction = NoteBuilder.Extraction();
        var reworded = extraction with { ActionItems = [extraction.ActionItems[0] with { Text = "Send Jai and Manish the offer and the asks" }, .. extraction.ActionItems.Skip(1)] };
        var fresh = MeetingNote.Render(reworded, NoteBuilder.Context);

        var merged = NoteMerge.Merge(Fresh.Replace(FirstTaskLine, ticked, StringComparison.Ordinal), fresh, regenerate: false);

        var task = merged.Text.Split('\n').Single(line => line.Contains("the offer and the asks", StringComparison.Ordinal));
        TaskLine.Parse(task)!.Id.Should().Be(oldId);
        task.Should().StartWith("- [x]").And.EndWith($"✅ 2025-10-05 ^{oldId}");
        merged.Conflicts.Should().BeEmpty();
        NoteMerge.Merge(merged.Text, fresh, regenerate: false).Should().BeEquivalentTo(merged);
    }

    [Fact]
    public void A_merged_note_merged_again_with_the_same_rendering_does_not_change()
    {
        var ticked = FirstTaskLine.Replace("- [?]", "- [-]", StringComparison.Ordinal).Replace(" ^", " ❌ 2025-10-05 ^", StringComparison.Ordinal);
        var once = NoteMerge.Merge(Fresh.Replace(FirstTaskLine, ticked, StringComparison.Ordinal), Fresh, regenerate: false).Text;

        NoteMerge.Merge(once, Fresh, regenerate: false).Text.Should().Be(once);
    }

    [Fact]
    public void An_edited_region_is_replaced_when_regenerating_and_statuses_are_still_carried()
    {
        var ticked = FirstTaskLine.Replace("- [?]", "- [x]", StringComparison.Ordinal).Replace(" ^", " ✅ 2025-10-05 ^", StringComparison.Ordinal);
        var existing = Fresh.Replace(FirstTaskLine, ticked + "\n- [ ] my own task", StringComparison.Ordinal);

        var merged = NoteMerge.Merge(existing, Fresh, regenerate: true);

        merged.Text.Should().Be(Fresh.Replace(FirstTaskLine, ticked, StringComparison.Ordinal));
        merged.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public void A_region_the_note_lacks_is_inserted_after_the_region_before_it()
    {
        var withoutDecisions = MeetingNote.Render(NoteBuilder.Extraction() with { Decisions = [] }, NoteBuilder.Context);

        var merged = NoteMerge.Merge(withoutDecisions, Fresh, regenerate: false);

        merged.Text.Should().Be(Fresh);
    }

    [Fact]
    public void A_region_the_note_lacks_goes_before_the_first_region_when_none_comes_before_it()
    {
        var withoutSummary = MeetingNote.Render(NoteBuilder.Extraction() with { Summary = string.Empty }, NoteBuilder.Context);

        NoteMerge.Merge(withoutSummary, Fresh, regenerate: false).Text.Should().Be(Fresh);
    }

    [Fact]
    public void Regions_go_at_the_end_of_a_note_that_has_none()
    {
        var bare = Fresh[..(Fresh.IndexOf("<!--", StringComparison.Ordinal) - 1)];

        NoteMerge.Merge(bare, Fresh, regenerate: false).Text.Should().Be(Fresh);
    }

    [Fact]
    public void A_region_no_longer_generated_is_removed_when_unedited()
    {
        var fresh = MeetingNote.Render(NoteBuilder.Extraction() with { Decisions = [] }, NoteBuilder.Context);

        var merged = NoteMerge.Merge(Fresh, fresh, regenerate: false);

        merged.Text.Should().NotContain("distill:begin decisions");
        merged.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public void A_region_no_longer_generated_is_kept_and_reported_when_edited()
    {
        var fresh = MeetingNote.Render(NoteBuilder.Extraction() with { Decisions = [] }, NoteBuilder.Context);
        var existing = Fresh.Replace("before building a retention offer.", "before building a retention offer, agreed.", StringComparison.Ordinal);

        var merged = NoteMerge.Merge(existing, fresh, regenerate: false);

        merged.Text.Should().Contain("agreed.");
        merged.Conflicts.Should().ContainSingle().Which.Part.Should().Be("decisions");
    }

    [Fact]
    public void A_region_with_broken_markers_is_left_alone_and_not_inserted_again()
    {
        var existing = Fresh.Replace("<!-- distill:end decisions -->\n", string.Empty, StringComparison.Ordinal);

        var merged = NoteMerge.Merge(existing, Fresh, regenerate: true);

        merged.Text.Should().Be(existing);
        merged.Conflicts.Should().ContainSingle().Which.Part.Should().Be("decisions");
    }

    [Fact]
    public void Front_matter_keys_the_user_added_survive_after_distills_keys()
    {
        var existing = Fresh.Replace("tags:\n", "status: done # reviewed\nrating: 5\ntags:\n", StringComparison.Ordinal)
            .Replace("\n---\n# ", "\ncustom:\n  - a\n  - b\n---\n# ", StringComparison.Ordinal);

        var merged = NoteMerge.Merge(existing, Fresh, regenerate: false);

        merged.Text.Should().Be(Fresh.Replace("\n---\n# ", "\nstatus: done # reviewed\nrating: 5\ncustom:\n  - a\n  - b\n---\n# ", StringComparison.Ordinal));
    }

    [Fact]
    public void Distills_front_matter_keys_take_the_fresh_values()
    {
        var existing = Fresh.Replace("extractor: rules 1.0", "extractor: rules 0.9", StringComparison.Ordinal);

        NoteMerge.Merge(existing, Fresh, regenerate: false).Text.Should().Be(Fresh);
    }

    [Theory]
    [InlineData("---\n:\n- :\n---\n")]
    [InlineData("---\ntitle: [unclosed\n---\n")]
    [InlineData("---\ntitle: never closed\n")]
    public void A_note_whose_front_matter_cannot_be_read_is_left_unchanged_and_reported(string frontMatter)
    {
        var existing = frontMatter + Fresh[(Fresh.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];

        var merged = NoteMerge.Merge(existing, Fresh, regenerate: true);

        merged.Text.Should().Be(existing);
        merged.Conflicts.Should().ContainSingle().Which.Part.Should().Be(NoteConflict.FrontMatterPart);
    }

    [Fact]
    public void Front_matter_nested_a_hundred_thousand_brackets_deep_is_left_unchanged_and_reported()
    {
        var existing = "---\ntitle: " + new string('[', 100_000) + new string(']', 100_000) + "\n---\n# Note\n";

        var merged = NoteMerge.Merge(existing, Fresh, regenerate: false);

        merged.Text.Should().Be(existing);
        merged.Conflicts.Should().ContainSingle().Which.Part.Should().Be(NoteConflict.FrontMatterPart);
    }

    [Fact]
    public void Text_the_user_adds_anywhere_outside_the_regions_is_kept_byte_for_byte()
    {
        var pieces = Fresh.Split("\n<!-- distill:begin", StringSplitOptions.None);
        var userText = Gen.OneOf<string>("my note\n", "\n", "- [ ] my task\n", "## Heading\r\n", "%% comment %%\n", "<!-- mine -->\n", "---\n", "🆔 k3f9a2\n");

        Gen.Select(Gen.Int[1, pieces.Length - 1], userText.Array[1, 4].Select(string.Concat)).Sample((at, added) =>
        {
            var existing = string.Join("\n<!-- distill:begin", pieces.Take(at)) + "\n" + added + "<!-- distill:begin" + string.Join("\n<!-- distill:begin", pieces.Skip(at));

            NoteMerge.Merge(existing, Fresh, regenerate: false).Should().BeEquivalentTo(new MergedNote(existing, []));
        });
    }
}
