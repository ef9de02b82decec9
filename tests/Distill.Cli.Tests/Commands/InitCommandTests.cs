using AwesomeAssertions;
using Xunit;

namespace Distill.Cli.Tests.Commands;

public sealed class InitCommandTests
{
    [Fact]
    public async Task Init_makes_the_layout_and_a_config_with_every_key()
    {
        using var folder = new TempFolder();

        var run = await CommandRun.RunAsync("init", folder.Path);

        run.ExitCode.Should().Be(0, run.Error);
        foreach (var expected in new[] { "Inbox/Transcripts", "Inbox/Email", "Inbox/Documents", "Sources", "People", "Projects", "Customers", "Meetings" })
        {
            Directory.Exists(Path.Combine(folder.Path, expected)).Should().BeTrue(expected);
        }

        var config = await File.ReadAllTextAsync(Path.Combine(folder.Path, ".distill", "config.yaml"), TestContext.Current.CancellationToken);
        foreach (var key in new[] { "owner:", "task_owner:", "timezone:", "extractor:", "folders:", "inbox:", "failed:", "meetings:", "llm:", "api_key_env:", "git:", "commit:" })
        {
            config.Should().Contain(key);
        }
    }

    [Fact]
    public async Task Init_puts_nothing_in_the_inbox_but_its_drop_folders()
    {
        using var folder = new TempFolder();

        await CommandRun.RunAsync("init", folder.Path);

        Directory.EnumerateFileSystemEntries(Path.Combine(folder.Path, "Inbox"), "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder.Path, path).Replace('\\', '/'))
            .Should().BeEquivalentTo("Inbox/Transcripts", "Inbox/Email", "Inbox/Documents");
    }

    [Fact]
    public async Task Init_excludes_the_source_folders_from_obsidian_and_keeps_its_other_settings()
    {
        using var folder = new TempFolder();
        folder.Write(".obsidian/app.json", """{ "showLineNumber": true, "userIgnoreFilters": ["Archive/"] }""");

        await CommandRun.RunAsync("init", folder.Path);

        var settings = await File.ReadAllTextAsync(Path.Combine(folder.Path, ".obsidian", "app.json"), TestContext.Current.CancellationToken);
        settings.Should().Contain("\"showLineNumber\": true").And.Contain("\"Archive/\"").And.Contain("\"Sources/\"").And.Contain("\"Inbox/\"");
    }

    [Fact]
    public async Task Init_twice_changes_nothing_the_first_wrote()
    {
        using var folder = new TempFolder();
        await CommandRun.RunAsync("init", folder.Path);
        var config = Path.Combine(folder.Path, ".distill", "config.yaml");
        await File.WriteAllTextAsync(config, "owner: Jason Vallery\n", TestContext.Current.CancellationToken);

        var run = await CommandRun.RunAsync("init", folder.Path);

        run.ExitCode.Should().Be(0, run.Error);
        (await File.ReadAllTextAsync(config, TestContext.Current.CancellationToken)).Should().Be("owner: Jason Vallery\n");
    }

    [Fact]
    public async Task An_unknown_key_in_the_config_is_one_line_naming_it()
    {
        using var folder = new TempFolder();
        folder.Write(".distill/config.yaml", "owner: Jason\ncolour: blue\n");

        var run = await CommandRun.RunAsync("init", folder.Path);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Be("distill: .distill/config.yaml: line 2: unknown key 'colour'\n");
    }
}
