using AwesomeAssertions;
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
        var meetings = PipelineVault.Meetings();
        using var vault = await PipelineVault.CreateAsync();
        vault.DropMeetings(meetings);

        var first = await vault.IngestAsync();

        first.Applied!.Outcome.Should().Be(ApplyOutcome.Applied);
        first.Planned.Outcomes.Should().HaveCount(48).And.OnlyContain(outcome => outcome.Kind == IngestOutcomeKind.Created);
        vault.NotesOfType("meeting").Should().HaveCount(48);
        vault.InboxFiles().Should().BeEmpty();
        VaultLinks.Dangling(vault.Path, vault.Config.Layout.SourceFolders).Should().BeEmpty();
        TaskLines(vault).Should().NotBeEmpty().And.AllSatisfy(ReadsEveryField);
        var notes = vault.Hashes("Sources/", "Inbox/", ".distill/");

        for (var i = 0; i < meetings.Count; i++)
        {
            var text = File.ReadAllText(Path.Combine(meetings[i], "transcript.txt")).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
            vault.Drop($"New Recording {i + 1}.txt", System.Text.Encoding.UTF8.GetBytes(text + "\r\n"));
        }

        var second = await vault.IngestAsync();

        second.Planned.Outcomes.Should().HaveCount(48).And.OnlyContain(outcome => outcome.Kind == IngestOutcomeKind.Unchanged);
        vault.Hashes("Sources/", "Inbox/", ".distill/").Should().Equal(notes);
        vault.InboxFiles().Should().BeEmpty();
        Directory.GetFiles(Path.Combine(vault.Path, "Sources"), "*", SearchOption.AllDirectories).Should().HaveCount(96);
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
    private static List<string> TaskLines(PipelineVault vault) =>
        [.. vault.NotesOfType("meeting").SelectMany(path => File.ReadLines(Path.Combine(vault.Path, path))).Where(line => line.StartsWith("- [", StringComparison.Ordinal) && line.Contains(" #task", StringComparison.Ordinal))];
}
