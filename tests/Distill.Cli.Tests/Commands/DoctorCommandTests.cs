using System.Text.Json;
using AwesomeAssertions;
using Distill.Core.Tests.Pipeline;
using Xunit;

namespace Distill.Cli.Tests.Commands;

public sealed class DoctorCommandTests
{
    /// <summary>
    /// One person under three spellings: "Jonsi Stefansson" and "Jonsi Stefanson" each in a 1:1, and "Yonsi", a lone
    /// name no one resolves, in a partner sync with Priya.
    /// </summary>
    private static async Task<VaultFixture> ThreeJonsisAsync()
    {
        var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-10-01 - Jonsi Stefansson.vtt", Vtt.Of(
            ("Jason Vallery", "Hi Jonsi. How did the partner summit go?"),
            ("Jonsi Stefansson", "Very well. Two partners want to start the pilot in November.")));
        vault.Drop("2025-10-02 - Jonsi Stefanson.vtt", Vtt.Of(
            ("Jason Vallery", "Jonsi, do you have the pilot contract ready?"),
            ("Jonsi Stefanson", "Legal sends the pilot contract back on Friday.")));
        vault.Drop("2025-10-03 - Partner sync.vtt", Vtt.Of(
            ("Jason Vallery", "Hi Yonsi, hi Priya. Let's go through the pilot plan."),
            ("Yonsi", "The pilot starts with two partners and fifty seats each."),
            ("Priya Raman", "I will send the pricing for the pilot seats by Wednesday.")));
        var ingest = await vault.IngestAsync();
        ingest.ExitCode.Should().Be(0, ingest.Error);
        return vault;
    }

    [Fact]
    public async Task Two_spellings_of_a_full_name_and_a_lone_name_like_its_first_name_are_suspected_duplicates()
    {
        using var vault = await ThreeJonsisAsync();

        var suspects = (await DoctorAsync(vault)).RootElement.GetProperty("suspected_duplicates").EnumerateArray()
            .Select(suspect => new[] { suspect.GetProperty("name").GetString()!, suspect.GetProperty("similar").GetString()! }.Order(StringComparer.Ordinal).ToArray())
            .Select(pair => $"{pair[0]} ~ {pair[1]}")
            .ToList();

        suspects.Should().Contain("Jonsi Stefanson ~ Jonsi Stefansson").And.Contain("Jonsi Stefansson ~ Yonsi")
            .And.NotContain(pair => pair.Contains("Priya", StringComparison.Ordinal) || pair.Contains("Jason", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_link_to_a_note_that_does_not_exist_is_dangling_and_links_that_resolve_are_not()
    {
        using var vault = await ThreeJonsisAsync();
        File.WriteAllText(Path.Combine(vault.Path, "Ideas.md"), "# Ideas\nAsk [[Nobody Here]] about the pilot, see [[2025-10-03 - Partner sync]] and [[Priya Raman]].\n");

        var dangling = (await DoctorAsync(vault)).RootElement.GetProperty("dangling_links").EnumerateArray()
            .Select(link => (link.GetProperty("note").GetString(), link.GetProperty("link").GetString()));

        dangling.Should().Equal(("Ideas.md", "[[Nobody Here]]"));
    }

    [Fact]
    public async Task An_entity_seen_in_one_meeting_is_listed_and_one_seen_in_several_is_not()
    {
        using var vault = await ThreeJonsisAsync();

        var single = (await DoctorAsync(vault)).RootElement.GetProperty("single_mention").EnumerateArray().Select(name => name.GetString()).ToList();

        single.Should().Contain(["Priya Raman", "Jonsi Stefansson", "Jonsi Stefanson"]).And.NotContain("Jason Vallery");
    }

    [Fact]
    public async Task A_last_contact_edited_by_hand_is_stale_with_the_date_the_meetings_give()
    {
        using var vault = await ThreeJonsisAsync();
        var path = Path.Combine(vault.Path, "People", "Priya Raman", "Priya Raman.md");
        var note = File.ReadAllText(path);
        note.Should().Contain("\nlast_contact: 2025-10-03\n");
        File.WriteAllText(path, note.Replace("\nlast_contact: 2025-10-03\n", "\nlast_contact: 2020-01-01\n", StringComparison.Ordinal));

        var stale = (await DoctorAsync(vault)).RootElement.GetProperty("stale_last_contact").EnumerateArray()
            .Select(entry => (entry.GetProperty("name").GetString(), entry.GetProperty("written").GetString(), entry.GetProperty("actual").GetString()));

        stale.Should().Equal(("Priya Raman", "2020-01-01", "2025-10-03"));
    }

    [Fact]
    public async Task Right_after_an_ingest_no_last_contact_is_stale_a_project_note_included()
    {
        using var vault = await VaultFixture.CreateAsync();
        Directory.CreateDirectory(Path.Combine(vault.Path, "Projects", "Lumen"));
        File.WriteAllText(Path.Combine(vault.Path, "Projects", "Lumen", "Lumen.md"), "---\ntype: project\ntitle: Lumen\n---\n# Lumen\n");
        vault.Drop("2025-10-06 - Lumen sync.vtt", Vtt.Of(
            ("Jason Vallery", "How is the Lumen project going this week?"),
            ("Priya Raman", "The Lumen project is on track for the beta in November.")));
        (await vault.IngestAsync()).ExitCode.Should().Be(0);
        vault.Read("Projects/Lumen/Lumen.md").Should().Contain("\nlast_contact: 2025-10-06\n");

        var stale = (await DoctorAsync(vault)).RootElement.GetProperty("stale_last_contact").EnumerateArray();

        stale.Select(entry => entry.GetProperty("name").GetString()).Should().BeEmpty();
    }

    [Fact]
    public async Task Doctor_changes_nothing_in_the_vault()
    {
        using var vault = await ThreeJonsisAsync();
        var before = vault.Files(withState: true);

        await DoctorAsync(vault);

        vault.Files(withState: true).Should().Equal(before);
    }

    [Fact]
    public async Task Without_json_each_section_says_how_many_it_found()
    {
        using var vault = await ThreeJonsisAsync();

        var run = await CommandRun.RunAsync("doctor", "--vault", vault.Path);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Dangling links: none\n").And.MatchRegex(@"(?m)^Suspected duplicates .*: [1-9]\d*$").And.Contain("  Jonsi Stefanson ~ Jonsi Stefansson: ");
    }

    private static async Task<JsonDocument> DoctorAsync(VaultFixture vault)
    {
        var run = await CommandRun.RunAsync("doctor", "--json", "--vault", vault.Path);
        run.ExitCode.Should().Be(0, run.Error);
        return JsonDocument.Parse(run.Output);
    }
}
