using System.Collections.Immutable;
using AwesomeAssertions;
using CsCheck;
using Distill.Core.Extraction;
using Distill.Core.Planning;
using Xunit;

namespace Distill.Core.Tests.Planning;

public sealed class TaskLineTests
{
    private const string DesignLine =
        "- [?] Send [[Jai Menon|Jai]] the offer details [[#^t1030|~17:10]] @[[Jason Vallery]] 📅 2025-10-03 ⏫ 🆔 k3f9a2 #task #proposed ^k3f9a2";

    private static readonly string[] DesignTags = ["task", "proposed"];

    private static readonly Gen<TaskLine> Lines =
        Gen.Select(
            Gen.OneOf<char>('?', ' ', 'x', '/', '-'),
            MarkdownTextTests.HostileText.Select(MarkdownText.Inline),
            Gen.OneOf<string>("[[#^t1030|~17:10]]", "[[#^l42|line 42]]", "[[#^t5-2|0:05]]").Array[0, 3],
            Gen.OneOf<string?>(null, "@[[Jason Vallery]]", "@Myself", "@Speaker 1", "@[[Zoë 🚀 1]]"),
            Gen.Int[0, 3_000_000].Select(DateOnly.FromDayNumber).Nullable(),
            Gen.Enum<Priority>().Nullable(),
            Gen.Char["0123456789abcdefghijklmnopqrstuvwxyz"].Array[TaskId.Length].Select(chars => new string(chars)),
            Gen.OneOf<string>("task", "proposed", "needs-review").Array[0, 3].Select(tags => tags.ToImmutableArray()))
        .Select(fields => new TaskLine(fields.Item1, fields.Item2, [.. fields.Item3], fields.Item4, fields.Item5, fields.Item6, fields.Item7, fields.Item8));

    [Fact]
    public void A_task_is_rendered_in_the_design_order()
    {
        var line = new TaskLine('?', "Send [[Jai Menon|Jai]] the offer details", ["[[#^t1030|~17:10]]"], "@[[Jason Vallery]]", new DateOnly(2025, 10, 3), Priority.High, "k3f9a2", ["task", "proposed"]);

        line.Render().Should().Be(DesignLine);
    }

    [Fact]
    public void A_task_without_owner_due_date_or_priority_has_no_trace_of_them()
    {
        var line = new TaskLine(' ', "Call back", ["[[#^t5|0:05]]"], null, null, null, "abc123", ["task", "proposed"]);

        line.Render().Should().Be("- [ ] Call back [[#^t5|0:05]] 🆔 abc123 #task #proposed ^abc123");
    }

    [Theory]
    [InlineData(Priority.Highest, "🔺")]
    [InlineData(Priority.High, "⏫")]
    [InlineData(Priority.Medium, "🔼")]
    [InlineData(Priority.Low, "🔽")]
    [InlineData(Priority.Lowest, "⏬")]
    public void Each_priority_has_the_plugins_symbol(Priority priority, string symbol)
    {
        TaskLine.Symbol(priority).Should().Be(symbol);
    }

    [Fact]
    public void The_design_line_is_read_as_the_plugin_reads_it()
    {
        var task = TaskLine.Parse(DesignLine)!;

        task.Should().BeEquivalentTo(new
        {
            Prefix = "-",
            Status = "?",
            Description = "Send [[Jai Menon|Jai]] the offer details [[#^t1030|~17:10]] @[[Jason Vallery]] #task #proposed",
            Priority = (Priority?)Priority.High,
            Due = (DateOnly?)new DateOnly(2025, 10, 3),
            Done = (DateOnly?)null,
            Id = "k3f9a2",
            Tags = DesignTags,
            BlockId = "k3f9a2",
        });
    }

    [Fact]
    public void A_line_the_plugin_rewrote_when_ticking_it_is_read_with_its_done_date()
    {
        var task = TaskLine.Parse("- [x] Send the offer @[[Jason Vallery]] #task #proposed 🆔 k3f9a2 ⏫ 📅 2025-10-03 ✅ 2025-10-05 ^k3f9a2")!;

        (task.Status, task.Id, task.Priority, task.Due, task.Done, task.BlockId)
            .Should().Be(("x", "k3f9a2", Priority.High, new DateOnly(2025, 10, 3), new DateOnly(2025, 10, 5), "k3f9a2"));
        task.Description.Should().Be("Send the offer @[[Jason Vallery]] #task #proposed");
    }

    [Fact]
    public void Reading_stops_at_the_first_thing_that_is_not_a_field()
    {
        var task = TaskLine.Parse("- [ ] Do it 📅 2025-10-03 and then more ⏫")!;

        (task.Priority, task.Due, task.Description).Should().Be((Priority.High, (DateOnly?)null, "Do it 📅 2025-10-03 and then more"));
    }

    [Fact]
    public void Fields_without_a_space_before_them_are_read_too()
    {
        var task = TaskLine.Parse("* [ ] Ship it⏫📅2025-10-03")!;

        (task.Priority, task.Due, task.Description).Should().Be((Priority.High, new DateOnly(2025, 10, 3), "Ship it"));
    }

    [Theory]
    [InlineData("- plain item")]
    [InlineData("text [ ] not a task")]
    [InlineData("-[ ] no space")]
    [InlineData("")]
    public void A_line_that_is_not_a_task_is_not_read(string line)
    {
        TaskLine.Parse(line).Should().BeNull();
    }

    [Fact]
    public void Indented_and_numbered_tasks_keep_their_prefix()
    {
        (TaskLine.Parse("  1. [/] half done")!.Prefix, TaskLine.Parse("> - [-] dropped")!.Prefix).Should().Be(("  1.", "> -"));
    }

    [Fact]
    public void Every_field_of_every_rendered_line_is_read_back_by_the_plugins_rule()
    {
        Lines.Sample(line =>
        {
            var task = TaskLine.Parse(line.Render());

            task.Should().NotBeNull();
            task!.Status.Should().Be(line.Status.ToString());
            // The plugin adds the trailing tags back after a space, even to an empty description.
            task.Description.Should().Be(line.Tags.IsEmpty ? line.Description : line.Description + " " + string.Join(' ', line.Tags.Select(tag => "#" + tag)));
            (task.Due, task.Priority, task.Id, task.BlockId).Should().Be((line.Due, line.Priority, line.Id, line.Id));
            task.Tags.Should().Equal(line.Tags);
        });
    }

    [Fact]
    public void Text_ending_in_a_field_symbol_keeps_it_as_text()
    {
        var line = new TaskLine(' ', MarkdownText.Inline("ship it ⏫ 📅 2025-01-01 #now"), [], null, null, null, "abc123", []);

        var task = TaskLine.Parse(line.Render())!;

        (task.Priority, task.Due, task.Tags.Length).Should().Be(((Priority?)null, (DateOnly?)null, 0));
        task.Description.Should().Be(@"ship it &#x23EB; &#x1F4C5; 2025-01-01 \#now");
    }
}
