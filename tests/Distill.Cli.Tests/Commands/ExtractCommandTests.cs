using System.Text.Json;
using AwesomeAssertions;
using Xunit;

namespace Distill.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    private const string Meeting = """
        [00:00:01.00] Jabra Speak 710 :  Jason ValleryHey Priya, thanks for making the time today.

        [00:00:05.50] zoom.us : Happy to. I wanted to walk through the rollout plan for the new region.
        """;

    [Fact]
    public async Task Json_has_the_source_the_participants_and_every_list()
    {
        using var folder = new TempFolder();
        var path = folder.Write("2025-09-30 - Priya Raman.md", Meeting);

        var run = await CommandRun.RunAsync("extract", path, "--json");

        run.ExitCode.Should().Be(0);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        root.GetProperty("source").GetProperty("format").GetString().Should().Be("macwhisper-timestamped");
        root.GetProperty("source").GetProperty("date").GetString().Should().Be("2025-09-30");
        root.GetProperty("source").GetProperty("title").GetString().Should().Be("Priya Raman");
        root.GetProperty("participants").EnumerateArray().Select(name => name.GetString()).Should().Contain("Priya Raman");
        foreach (var list in new[] { "key_facts", "outcomes", "decisions", "action_items", "follow_ups", "risks", "open_questions" })
        {
            root.GetProperty(list).ValueKind.Should().Be(JsonValueKind.Array, list);
        }

        root.GetProperty("mentions").GetProperty("people").ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public async Task A_missing_file_is_one_line_naming_it_and_exit_2()
    {
        var run = await CommandRun.RunAsync("extract", "/nonexistent/meeting.txt", "--json");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.TrimEnd().Should().Be("distill: /nonexistent/meeting.txt: no such file");
    }
}
