using System.Security.Cryptography;
using System.Text.Json;
using AwesomeAssertions;
using Distill.Core.Pipeline;
using Distill.Core.Sources;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Pipeline;

/// <summary>A temporary vault owned by the corpus's owner, ingested in this process; the corpus's meetings dropped into its Inbox as a recorder names them.</summary>
internal sealed class PipelineVault : IDisposable
{
    private PipelineVault(string path, VaultConfig config)
    {
        Path = path;
        Config = config;
    }

    public string Path { get; }

    public VaultConfig Config { get; }

    /// <summary>The corpus's meeting folders, in order; the calling test is skipped when ../shared is not here.</summary>
    public static List<string> Meetings() =>
        [.. Directory.GetDirectories(SharedFolder.Require("corpus", "transcripts")).Order(StringComparer.Ordinal)];

    /// <param name="owner">Who records every meeting: the corpus's owner unless a test needs another.</param>
    public static async Task<PipelineVault> CreateAsync(string owner = "Jason Vallery")
    {
        var vault = Directory.CreateTempSubdirectory("distill-corpus-").FullName;
        File.WriteAllText(System.IO.Path.Combine(Directory.CreateDirectory(System.IO.Path.Combine(vault, ".distill")).FullName, "config.yaml"), $"owner: {owner}\n");
        var config = VaultConfig.Read(vault, _ => null).Config!;
        foreach (var folder in VaultSetup.Folders(config.Layout))
        {
            Directory.CreateDirectory(System.IO.Path.Combine(vault, folder));
        }

        (await Applier.ApplyAsync(VaultSetup.Plan(vault, config.Layout), new ApplyOptions(vault, GitCommit: false), TestContext.Current.CancellationToken))
            .Outcome.Should().Be(ApplyOutcome.Applied);
        return new PipelineVault(vault, config);
    }

    /// <summary>
    /// Each meeting as the scorer drops it, "&lt;date&gt; - &lt;counterpart&gt;.md", in a folder of its own, since two
    /// meetings share a day and a person.
    /// </summary>
    public void DropMeetings(IEnumerable<string> meetings)
    {
        foreach (var meeting in meetings)
        {
            Drop(System.IO.Path.Combine(System.IO.Path.GetFileName(meeting), RecorderName(meeting)), File.ReadAllBytes(System.IO.Path.Combine(meeting, "transcript.txt")));
        }
    }

    public void Drop(string name, string content) => Drop(name, System.Text.Encoding.UTF8.GetBytes(content));

    public void Drop(string name, byte[] content) => Drop(SourceKind.Transcript, name, content);

    /// <summary>A file dropped in the Inbox folder of <paramref name="kind"/>.</summary>
    public void Drop(SourceKind kind, string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, "Inbox", KindFolder.Of(kind), name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>A note of the user's, written before any run.</summary>
    public void Write(string relative, string text)
    {
        var path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public Task<IngestResult> IngestAsync() =>
        Ingestion.RunAsync(new IngestRequest(Path, [], DryRun: false, Reprocess: false, null, Config, new DateOnly(2026, 11, 24)), null, TestContext.Current.CancellationToken);

    public List<string> InboxFiles() => [.. Directory.GetFiles(System.IO.Path.Combine(Path, "Inbox"), "*", SearchOption.AllDirectories)];

    /// <summary>The vault's notes whose front matter says <paramref name="type"/>, by vault path.</summary>
    public List<string> NotesOfType(string type) =>
        [.. Hashes("Sources/", "Inbox/", ".distill/").Keys.Where(path => File.ReadAllText(System.IO.Path.Combine(Path, path)).Contains($"\ntype: {type}\n", StringComparison.Ordinal))];

    public string Read(string relative) => File.ReadAllText(System.IO.Path.Combine(Path, relative));

    public SortedDictionary<string, string> Hashes(params string[] except)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/');
            if (!except.Any(prefix => relative.StartsWith(prefix, StringComparison.Ordinal)))
            {
                hashes[relative] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
            }
        }

        return hashes;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    /// <summary>The lines between a region's markers; empty when the note has no such region.</summary>
    public static string Region(string note, string name)
    {
        var begin = note.IndexOf($"<!-- distill:begin {name} ", StringComparison.Ordinal);
        if (begin < 0)
        {
            return string.Empty;
        }

        var start = note.IndexOf('\n', begin) + 1;
        return note[start..note.IndexOf($"<!-- distill:end {name} -->", start, StringComparison.Ordinal)];
    }

    private static string RecorderName(string meeting)
    {
        using var meta = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(meeting, "meta.json")));
        var date = meta.RootElement.GetProperty("date").GetString();
        var who = meta.RootElement.TryGetProperty("counterpart", out var counterpart) && counterpart.ValueKind == JsonValueKind.String ? counterpart.GetString() : "Meeting";
        return $"{date} - {who}.md";
    }
}
