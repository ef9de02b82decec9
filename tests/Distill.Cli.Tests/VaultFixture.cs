using System.Security.Cryptography;
using AwesomeAssertions;

namespace Distill.Cli.Tests;

/// <summary>A vault in a temporary folder, made by <c>distill init</c>, with the owner configured; removed afterwards.</summary>
internal sealed class VaultFixture : IDisposable
{
    public const string Owner = "Jason Vallery";

    private VaultFixture(string path) => Path = path;

    public string Path { get; }

    public string Inbox => System.IO.Path.Combine(Path, "Inbox", "Transcripts");

    public static async Task<VaultFixture> CreateAsync()
    {
        var vault = new VaultFixture(Directory.CreateTempSubdirectory("distill-vault-").FullName);
        var init = await CommandRun.RunAsync("init", vault.Path);
        init.ExitCode.Should().Be(0, init.Error);
        var config = System.IO.Path.Combine(vault.Path, ".distill", "config.yaml");
        await File.WriteAllTextAsync(config, (await File.ReadAllTextAsync(config)).Replace("owner: ''", $"owner: {Owner}", StringComparison.Ordinal));
        return vault;
    }

    /// <summary>A file dropped in <c>Inbox/Transcripts/</c>.</summary>
    public string Drop(string name, string content) => Drop(name, System.Text.Encoding.UTF8.GetBytes(content));

    public string Drop(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Inbox, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public Task<CommandRun> IngestAsync(params string[] arguments) => CommandRun.RunAsync(["ingest", "--vault", Path, .. arguments]);

    public string Read(string relative) => File.ReadAllText(System.IO.Path.Combine(Path, relative));

    /// <summary>Every file of the vault by its path, with the hash of its bytes; the derived state in <c>.distill/</c> optional.</summary>
    public SortedDictionary<string, string> Files(bool withState = false)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/');
            if (relative.StartsWith(".git/", StringComparison.Ordinal) || (!withState && relative.StartsWith(".distill/", StringComparison.Ordinal) && relative != ".distill/config.yaml"))
            {
                continue;
            }

            files[relative] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return files;
    }

    /// <summary>The notes Distill wrote for meetings: markdown outside the source folders whose front matter says so.</summary>
    public IReadOnlyList<string> MeetingNotes() =>
        [.. Files().Keys.Where(path => path.EndsWith(".md", StringComparison.Ordinal) && !path.StartsWith("Inbox/", StringComparison.Ordinal) && !path.StartsWith("Sources/", StringComparison.Ordinal))
            .Where(path => Read(path).Contains("\ntype: meeting\n", StringComparison.Ordinal))];

    public IReadOnlyList<string> InboxFiles() =>
        [.. Files().Keys.Where(path => path.StartsWith("Inbox/", StringComparison.Ordinal))];

    /// <summary>The <c>git</c> CLI run in the vault; its output, once it has exited 0.</summary>
    public string Git(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = System.Diagnostics.Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        git.ExitCode.Should().Be(0, git.StandardError.ReadToEnd());
        return output;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
