using AwesomeAssertions;
using CsCheck;
using Distill.Core.Planning;
using Xunit;

namespace Distill.Core.Tests.Planning;

public sealed class NoteBodyTests
{
    private const string TaskBody = "## Action items\n- [?] Send the offer [[#^t1030|~17:10]] @[[Jason Vallery]] 📅 2025-10-03 ⏫ 🆔 k3f9a2 #task #proposed ^k3f9a2\n";

    private static readonly Gen<string> Lines = Gen.OneOf<string>(
        "text\n", "\n", "\r\n", "## Heading\r\n", "- [ ] a task\n", "no line end",
        Region.Render("summary", "## Summary\nAll good.\n"), Region.Render("tasks", TaskBody), Region.Render("summary", "another\n"),
        "<!-- distill:begin summary sha256=" + new string('0', 64) + " -->\n", "<!-- distill:end summary -->\n", "<!-- distill:end tasks -->\r\n",
        "<!-- distill:begin tasks sha256=bad -->\n", "<!--distill:end-->\n", "<!-- distill:begin -->\n");

    [Fact]
    public void A_rendered_region_is_read_back_unedited()
    {
        var body = NoteBody.Parse("# Title\n\n" + Region.Render("tasks", TaskBody));

        body.Regions.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "tasks", Body = TaskBody, IsEdited = false });
        body.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public void Joining_the_parts_of_any_body_gives_it_back_byte_for_byte()
    {
        Lines.Array[0, 12].Select(string.Concat).Sample(text =>
            string.Concat(NoteBody.Parse(text).Parts.Select(part => part.Text)).Should().Be(text));
    }

    [Fact]
    public void Ticking_a_task_is_not_an_edit()
    {
        var ticked = TaskBody.Replace("- [?]", "- [x]", StringComparison.Ordinal).Replace(" ^k3f9a2", " ✅ 2025-10-05 ^k3f9a2", StringComparison.Ordinal);

        Edited(Region.Render("tasks", TaskBody).Replace(TaskBody, ticked, StringComparison.Ordinal)).Should().BeFalse();
    }

    [Fact]
    public void Cancelling_a_task_is_not_an_edit()
    {
        var cancelled = TaskBody.Replace("- [?]", "- [-]", StringComparison.Ordinal).Replace(" ^k3f9a2", " ❌ 2025-10-05 ^k3f9a2", StringComparison.Ordinal);

        Edited(Region.Render("tasks", TaskBody).Replace(TaskBody, cancelled, StringComparison.Ordinal)).Should().BeFalse();
    }

    [Fact]
    public void The_plugin_rewriting_a_ticked_line_in_its_own_order_is_not_an_edit()
    {
        const string rewritten = "## Action items\n- [x] Send the offer [[#^t1030|~17:10]] @[[Jason Vallery]] #task #proposed 🆔 k3f9a2 ⏫ 📅 2025-10-03 ✅ 2025-10-05 ^k3f9a2\n";

        Edited(Region.Render("tasks", TaskBody).Replace(TaskBody, rewritten, StringComparison.Ordinal)).Should().BeFalse();
    }

    [Fact]
    public void Changing_a_tasks_text_is_an_edit()
    {
        Edited(Region.Render("tasks", TaskBody).Replace("Send the offer", "Send the signed offer", StringComparison.Ordinal)).Should().BeTrue();
    }

    [Fact]
    public void Adding_a_field_to_a_task_is_an_edit()
    {
        Edited(Region.Render("tasks", TaskBody).Replace(" 🆔", " ⏳ 2025-10-01 🆔", StringComparison.Ordinal)).Should().BeTrue();
    }

    [Fact]
    public void Windows_line_ends_are_not_an_edit()
    {
        Edited(Region.Render("tasks", TaskBody).Replace("\n", "\r\n", StringComparison.Ordinal)).Should().BeFalse();
    }

    [Fact]
    public void A_begin_marker_without_its_end_is_a_conflict_and_its_lines_are_the_users()
    {
        var text = "intro\n" + Region.Render("summary", "All good.\n").Replace("<!-- distill:end summary -->\n", string.Empty, StringComparison.Ordinal);

        var body = NoteBody.Parse(text);

        body.Parts.Should().ContainSingle().Which.Should().BeOfType<OutsideText>();
        body.Conflicts.Should().ContainSingle().Which.Part.Should().Be("summary");
    }

    [Fact]
    public void An_end_marker_without_its_begin_is_a_conflict()
    {
        NoteBody.Parse("text\n<!-- distill:end tasks -->\n").Conflicts.Should().ContainSingle().Which.Part.Should().Be("tasks");
    }

    [Fact]
    public void A_begin_marker_whose_hash_was_changed_is_a_conflict()
    {
        var text = Region.Render("summary", "All good.\n").Replace("sha256=", "sha256=x", StringComparison.Ordinal);

        NoteBody.Parse(text).Conflicts.Should().ContainSingle().Which.Part.Should().Be("summary");
    }

    [Fact]
    public void A_region_opened_inside_another_breaks_the_outer_one()
    {
        var text = "<!-- distill:begin summary sha256=" + new string('0', 64) + " -->\n" + Region.Render("tasks", TaskBody);

        var body = NoteBody.Parse(text);

        (body.Conflicts.Single().Part, body.Regions.Single().Name).Should().Be(("summary", "tasks"));
    }

    [Fact]
    public void A_name_that_appears_twice_is_a_conflict()
    {
        var body = NoteBody.Parse(Region.Render("summary", "one\n") + "\n" + Region.Render("summary", "two\n"));

        body.Conflicts.Should().ContainSingle().Which.Should().Be(new NoteConflict("summary", "appears more than once; left alone"));
    }

    private static bool Edited(string text) => NoteBody.Parse(text).Regions.Single().IsEdited;
}
