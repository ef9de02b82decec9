using System.Text.Json;
using AwesomeAssertions;
using Xunit;

namespace Distill.Cli.Tests.Commands;

/// <summary>The README's main command: every sample shipped in samples/ is read in its own format.</summary>
public sealed class SamplesTests
{
    public static TheoryData<string, string> SampleFormats => new()
    {
        { "2025-09-30 10 00 - Priya Raman.md", "macwhisper-timestamped" },
        { "2025-10-02 - Lumen design review.md", "macwhisper-markdown" },
        { "2025-10-06 14 30 - Lumen weekly (Zoom).vtt", "webvtt" },
        { "2025-10-07 09 00 - Lumen support handoff (Teams).vtt", "webvtt" },
        { "2025-10-08 - Pricing call.srt", "srt" },
        { "2025-10-09 - Roadmap chat (Otter).txt", "otter-txt" },
        { "2025-10-10 - Lumen retro (Whisper).json", "whisper-json" },
        { "2025-10-13 - Dana Okafor.md", "speaker-lines" },
        { "2025-10-14 - Hallway chat.txt", "plain-text" },
        { "legacy-note-2025-10-15.md", "legacy-note+macwhisper-timestamped" },
        { "Email/2025-10-16 Lumen pilot contract.md", "apple-mail-export" },
        { "Email/lumen-invoice.eml", "eml" },
    };

    [Theory]
    [MemberData(nameof(SampleFormats))]
    public async Task Each_sample_is_read_in_its_format(string file, string format)
    {
        var run = await CommandRun.RunAsync("extract", Samples.Path(file), "--json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("source").GetProperty("format").GetString().Should().Be(format);
    }

    [Fact]
    public async Task Every_format_in_the_samples_is_one_the_readme_lists()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Samples.RepositoryRoot, "README.md"), TestContext.Current.CancellationToken);

        SampleFormats.Select(row => row.Data.Item2).Distinct().Select(format => format.Replace("legacy-note+macwhisper-timestamped", "legacy-note+", StringComparison.Ordinal))
            .Should().AllSatisfy(format => readme.Should().Contain($"`{format}"));
    }

    [Fact]
    public async Task Several_files_with_json_print_one_array_in_order()
    {
        var run = await CommandRun.RunAsync("extract", Samples.Path("2025-10-08 - Pricing call.srt"), Samples.Path("2025-10-13 - Dana Okafor.md"), "--json");

        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.EnumerateArray().Select(item => item.GetProperty("source").GetProperty("title").GetString())
            .Should().Equal("Pricing call", "Dana Okafor");
    }

    [Fact]
    public async Task The_legacy_note_yields_its_transcript_repaired_and_not_its_old_tasks()
    {
        var run = await CommandRun.RunAsync("clean", Samples.Path("legacy-note-2025-10-15.md"));

        run.Output.Should().Contain("The load test finished — the EU nodes held twice the load.")
            .And.Contain("Let’s tell Priya today.")
            .And.NotContain("An old note");
    }

    [Fact]
    public async Task The_main_job_ingests_every_sample_into_a_note_of_its_kind_and_each_person_gets_the_address_mail_gave()
    {
        using var vault = await VaultFixture.CreateAsync();

        var run = await vault.IngestAsync(Samples.Folder);
        var notes = vault.Files().Keys.Where(path => path.EndsWith(".md", StringComparison.Ordinal) && !path.StartsWith("Sources/", StringComparison.Ordinal)).ToList();
        int Count(string type) => notes.Count(path => vault.Read(path).Contains($"\ntype: {type}\n", StringComparison.Ordinal));

        run.ExitCode.Should().Be(0, run.Error);
        (Count("meeting"), Count("email"), Count("document")).Should().Be((10, 2, 1));
        vault.Read("People/Dana Okafor/Dana Okafor.md").Should().Contain("emails:\n  - dana.okafor@lumen.example\n");
        vault.Read("People/Priya Raman/Priya Raman.md").Should().Contain("emails:\n  - priya.raman@distill.example\n")
            .And.Contain("[[2025-10-17 - Lumen launch checklist|");
        Directory.GetFiles(Samples.Folder, "*", SearchOption.AllDirectories).Should().HaveCount(13, "ingesting files from outside the vault copies them");
    }
}
