using System.Text;
using System.Text.Json;
using AwesomeAssertions;
using Distill.Core.Sources;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Pipeline;

/// <summary>Issue 7 on the 31 real threads of ../shared/corpus/email, ingested from end to end; skipped when the corpus is absent.</summary>
public sealed class CorpusEmailTests
{
    private static readonly string[] NotNotes = ["Sources/", "Inbox/", ".distill/"];

    [Fact]
    public async Task Issue_7_every_thread_twice_under_new_names_and_a_longer_re_export_give_one_note_per_thread()
    {
        var threads = Threads();
        var longest = threads.MaxBy(thread => Meta(thread).GetProperty("message_count").GetInt32())!;
        var messages = Meta(longest).GetProperty("message_count").GetInt32();
        using var vault = await PipelineVault.CreateAsync();

        var shortExport = RandomName();
        foreach (var thread in threads)
        {
            vault.Drop(SourceKind.Email, thread == longest ? shortExport : RandomName(), thread == longest ? FirstMessageOnly(Export(thread)) : Export(thread));
        }

        await IngestAsync(vault);
        var notes = vault.NotesOfType("email");
        var longestNote = notes.Single(path => vault.Read(path).Contains(shortExport, StringComparison.Ordinal));
        vault.Read(longestNote).Should().Contain("\nmessages: 1\n");
        var others = vault.Hashes(NotNotes).Where(note => notes.Contains(note.Key) && note.Key != longestNote).ToList();

        foreach (var thread in threads)
        {
            vault.Drop(SourceKind.Email, RandomName(), Export(thread));
            vault.Drop(SourceKind.Email, RandomName(), Export(thread));
        }

        await IngestAsync(vault);
        var after = vault.Hashes(NotNotes);

        notes.Should().HaveCount(threads.Count);
        vault.NotesOfType("email").Should().BeEquivalentTo(notes);
        vault.NotesOfType("meeting").Should().BeEmpty();
        vault.InboxFiles().Should().BeEmpty();
        others.Should().AllSatisfy(note => after[note.Key].Should().Be(note.Value, $"{note.Key} was not re-exported with more messages"));
        vault.Read(longestNote).Should().Contain($"\nmessages: {messages}\n")
            .And.Contain($"\ndate: {Meta(longest).GetProperty("datetime_newest").GetString()![..10]}\n");
    }

    [Fact]
    public async Task Issue_7_a_bare_CR_and_a_CRLF_copy_of_a_thread_give_the_same_note()
    {
        var thread = Threads()[0];
        var bareCr = Export(thread);
        var crlf = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bareCr).Replace("\r\n", "\r", StringComparison.Ordinal).Replace("\r", "\r\n", StringComparison.Ordinal));
        using var first = await PipelineVault.CreateAsync();
        using var second = await PipelineVault.CreateAsync();
        first.Drop(SourceKind.Email, "thread.md", bareCr);
        second.Drop(SourceKind.Email, "thread.md", crlf);

        await IngestAsync(first);
        await IngestAsync(second);

        crlf.Should().NotEqual(bareCr);
        first.Hashes(NotNotes).Should().Equal(second.Hashes(NotNotes));
        first.NotesOfType("email").Should().ContainSingle();
    }

    private static List<string> Threads() =>
        [.. Directory.GetDirectories(SharedFolder.Require("corpus", "email")).Order(StringComparer.Ordinal)];

    private static byte[] Export(string thread) => File.ReadAllBytes(Path.Combine(thread, "email.md"));

    private static JsonElement Meta(string thread)
    {
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(thread, "meta.json")));
        return meta.RootElement.Clone();
    }

    /// <summary>The export as it was before the thread's second message arrived: cut before that message's "---" and heading.</summary>
    private static byte[] FirstMessageOnly(byte[] export)
    {
        var lines = Encoding.UTF8.GetString(export).Split('\r');
        var headings = lines.Select((line, index) => (line, index)).Where(pair => pair.line.StartsWith("## 20", StringComparison.Ordinal)).Select(pair => pair.index).ToList();
        var end = Array.FindLastIndex(lines, headings[1], line => line == "---");
        var kept = lines[..end].Select(line => line.StartsWith("- Messages:", StringComparison.Ordinal) ? "- Messages: 1" : line);
        return Encoding.UTF8.GetBytes(string.Join('\r', kept) + "\r---\r");
    }

    /// <summary>A file name like the export script's, random each time as the reference's are.</summary>
    private static string RandomName() => $"2026-01-05_{Guid.NewGuid():N}.md";

    private static async Task IngestAsync(PipelineVault vault)
    {
        var result = await vault.IngestAsync();
        result.Applied!.Outcome.Should().Be(ApplyOutcome.Applied);
        result.Planned.Outcomes.Should().NotContain(outcome => outcome.Kind == Distill.Core.Planning.IngestOutcomeKind.Failed);
    }
}
