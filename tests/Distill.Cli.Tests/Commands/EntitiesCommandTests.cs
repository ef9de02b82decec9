using System.Text.Json;
using AwesomeAssertions;
using Distill.Core.Tests.Pipeline;
using Xunit;

namespace Distill.Cli.Tests.Commands;

public sealed class EntitiesCommandTests
{
    /// <summary>A 1:1 with Priya, then a capacity review with Priya and Marco four days later; the owner records both.</summary>
    private static async Task<VaultFixture> TwoMeetingsAsync()
    {
        var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-10-01 - Priya Raman.vtt", Vtt.Of(
            ("Jason Vallery", "Thanks Priya. Where are we on the pricing deck for the beta customers?"),
            ("Priya Raman", "The deck is done. Finance reviews the discount table on Thursday.")));
        vault.Drop("2025-10-05 - Capacity review.vtt", Vtt.Of(
            ("Jason Vallery", "Let's go through the capacity numbers for the EU region."),
            ("Marco Bellini", "We added two nodes, so the EU region is at 60 percent."),
            ("Priya Raman", "Good. Fabrikam starts onboarding on Monday, so we need the headroom.")));
        var ingest = await vault.IngestAsync();
        ingest.ExitCode.Should().Be(0, ingest.Error);
        return vault;
    }

    [Fact]
    public async Task Json_lists_every_person_with_kind_note_meeting_count_and_last_contact()
    {
        using var vault = await TwoMeetingsAsync();

        var run = await CommandRun.RunAsync("entities", "--json", "--vault", vault.Path);

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.EnumerateArray().Select(entity => (
                entity.GetProperty("name").GetString(),
                entity.GetProperty("kind").GetString(),
                entity.GetProperty("note").GetString(),
                entity.GetProperty("meetings").GetInt32(),
                entity.GetProperty("last_contact").GetString()))
            .Should().BeEquivalentTo(new[]
            {
                ("Jason Vallery", "person", "People/Jason Vallery/Jason Vallery.md", 2, "2025-10-05"),
                ("Marco Bellini", "person", "People/Marco Bellini/Marco Bellini.md", 1, "2025-10-05"),
                ("Priya Raman", "person", "People/Priya Raman/Priya Raman.md", 2, "2025-10-05"),
            });
    }

    [Fact]
    public async Task Json_shows_an_alias_from_the_aliases_file()
    {
        using var vault = await TwoMeetingsAsync();
        File.WriteAllText(Path.Combine(vault.Path, ".distill", "aliases.yaml"), "Marco Bellini: [Marc]\n");

        var run = await CommandRun.RunAsync("entities", "--json", "--vault", vault.Path);

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var marco = json.RootElement.EnumerateArray().Single(entity => entity.GetProperty("name").GetString() == "Marco Bellini");
        marco.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()).Should().Equal("Marc");
    }

    [Fact]
    public async Task Without_json_a_table_shows_each_entity_with_its_meetings_and_last_contact()
    {
        using var vault = await TwoMeetingsAsync();

        var run = await CommandRun.RunAsync("entities", "--vault", vault.Path);

        run.ExitCode.Should().Be(0, run.Error);
        var rows = run.Output.Split('\n');
        rows.Should().Contain(row => row.Contains("Priya Raman", StringComparison.Ordinal) && row.Contains("person", StringComparison.Ordinal)
            && row.Contains(" 2 ", StringComparison.Ordinal) && row.Contains("2025-10-05", StringComparison.Ordinal));
        rows.Should().Contain(row => row.Contains("Marco Bellini", StringComparison.Ordinal) && row.Contains(" 1 ", StringComparison.Ordinal));
        run.Output.TrimStart().Should().NotStartWith("[");
    }

    [Fact]
    public async Task A_folder_that_is_not_a_vault_is_refused_in_one_line()
    {
        using var folder = new TempFolder();

        var run = await CommandRun.RunAsync("entities", "--vault", folder.Path);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Trim().Split('\n').Should().ContainSingle();
    }
}
