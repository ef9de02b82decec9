using System.Security.Cryptography;
using System.Text.Json;
using AwesomeAssertions;
using Distill.Core.Pipeline;
using Distill.Core.Planning;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Pipeline;

/// <summary>DESIGN invariant 1 on the real corpus: 48 meetings make 48 notes, and the same meetings dropped again change none.</summary>
public sealed class CorpusIngestTests
{
    [Fact]
    public async Task The_corpus_makes_one_note_per_meeting_and_dropping_it_again_under_other_names_changes_no_note()
    {
        var corpus = SharedFolder.Require("corpus", "transcripts");
        var meetings = Directory.GetDirectories(corpus).Order(StringComparer.Ordinal).ToList();
        var vault = Directory.CreateTempSubdirectory("distill-corpus-").FullName;
        try
        {
            var config = await InitAsync(vault);
            foreach (var meeting in meetings)
            {
                // As the scorer drops them: "<date> - <counterpart>.md"; a folder each, since two meetings share a day and a person.
                Drop(vault, Path.Combine(Path.GetFileName(meeting), RecorderName(meeting)), File.ReadAllBytes(Path.Combine(meeting, "transcript.txt")));
            }

            var first = await IngestAsync(vault, config);

            first.Applied!.Outcome.Should().Be(ApplyOutcome.Applied);
            first.Planned.Outcomes.Should().HaveCount(48).And.OnlyContain(outcome => outcome.Kind == IngestOutcomeKind.Created);
            MeetingNotes(vault).Should().HaveCount(48);
            InboxFiles(vault).Should().BeEmpty();
            VaultLinks.Dangling(vault, config.Layout.SourceFolders).Should().BeEmpty();
            TaskLines(vault).Should().NotBeEmpty().And.AllSatisfy(ReadsEveryField);
            var notes = Hashes(vault, "Sources/", "Inbox/", ".distill/");

            for (var i = 0; i < meetings.Count; i++)
            {
                var text = File.ReadAllText(Path.Combine(meetings[i], "transcript.txt")).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
                Drop(vault, $"New Recording {i + 1}.txt", System.Text.Encoding.UTF8.GetBytes(text + "\r\n"));
            }

            var second = await IngestAsync(vault, config);

            second.Planned.Outcomes.Should().HaveCount(48).And.OnlyContain(outcome => outcome.Kind == IngestOutcomeKind.Unchanged);
            Hashes(vault, "Sources/", "Inbox/", ".distill/").Should().Equal(notes);
            InboxFiles(vault).Should().BeEmpty();
            Directory.GetFiles(Path.Combine(vault, "Sources"), "*", SearchOption.AllDirectories).Should().HaveCount(96);
        }
        finally
        {
            Directory.Delete(vault, recursive: true);
        }
    }

    private static async Task<VaultConfig> InitAsync(string vault)
    {
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(vault, ".distill")).FullName, "config.yaml"), "owner: Jason Vallery\n");
        var config = VaultConfig.Read(vault, _ => null).Config!;
        foreach (var folder in VaultSetup.Folders(config.Layout))
        {
            Directory.CreateDirectory(Path.Combine(vault, folder));
        }

        (await Applier.ApplyAsync(VaultSetup.Plan(vault, config.Layout), new ApplyOptions(vault, GitCommit: false), TestContext.Current.CancellationToken))
            .Outcome.Should().Be(ApplyOutcome.Applied);
        return config;
    }

    private static Task<IngestResult> IngestAsync(string vault, VaultConfig config) =>
        Ingestion.RunAsync(new IngestRequest(vault, [], DryRun: false, Reprocess: false, null, config, new DateOnly(2026, 11, 24)), null, TestContext.Current.CancellationToken);

    private static string RecorderName(string meeting)
    {
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(meeting, "meta.json")));
        var date = meta.RootElement.GetProperty("date").GetString();
        var who = meta.RootElement.TryGetProperty("counterpart", out var counterpart) && counterpart.ValueKind == JsonValueKind.String ? counterpart.GetString() : "Meeting";
        return $"{date} - {who}.md";
    }

    private static void Drop(string vault, string name, byte[] content)
    {
        var path = Path.Combine(vault, "Inbox", "Transcripts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>The Tasks plugin, which strips fields from the end of the line, finds each one Distill wrote: no date, priority or id is left in the description.</summary>
    private static void ReadsEveryField(string line)
    {
        var task = TaskLine.Parse(line);
        task.Should().NotBeNull(line);
        task!.Id.Should().NotBeNull(line).And.Be(task.BlockId);
        task.Tags.Should().Contain("task", line);
        task.Due.HasValue.Should().Be(line.Contains("📅", StringComparison.Ordinal), line);
        task.Description.Should().NotContainAny(["📅", "🆔", "⏫", "🔼", "🔺", "🔽", "⏬"], line);
    }

    /// <summary>Every task line Distill wrote: each ends with the fields the Tasks plugin reads, then its block id.</summary>
    private static List<string> TaskLines(string vault) =>
        [.. MeetingNotes(vault).SelectMany(path => File.ReadLines(Path.Combine(vault, path))).Where(line => line.StartsWith("- [", StringComparison.Ordinal) && line.Contains(" #task", StringComparison.Ordinal))];

    private static List<string> InboxFiles(string vault) => [.. Directory.GetFiles(Path.Combine(vault, "Inbox"), "*", SearchOption.AllDirectories)];

    private static List<string> MeetingNotes(string vault) =>
        [.. Hashes(vault, "Sources/", "Inbox/", ".distill/").Keys.Where(path => File.ReadAllText(Path.Combine(vault, path)).Contains("\ntype: meeting\n", StringComparison.Ordinal))];

    private static SortedDictionary<string, string> Hashes(string vault, params string[] except)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(vault, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(vault, file).Replace('\\', '/');
            if (!except.Any(prefix => relative.StartsWith(prefix, StringComparison.Ordinal)))
            {
                hashes[relative] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
            }
        }

        return hashes;
    }
}
