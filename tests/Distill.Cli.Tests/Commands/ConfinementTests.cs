using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Distill.Core.Tests.Pipeline;
using Xunit;
using YamlDotNet.Serialization;

namespace Distill.Cli.Tests.Commands;

/// <summary>
/// DESIGN invariant 8 through a whole ingest: hostile titles, speaker names and transcript text leave every file inside
/// the vault under a safe name, every front matter readable and every region whole.
/// </summary>
public sealed partial class ConfinementTests
{
    private static readonly string Hostile = $"""
        ---
        title: "../../../etc/passwd: #1 ^x [y] |z| \0 CON. {new string('w', 300)}"
        date: 2025-09-30
        ---
        **Dana/../../Okafor**: Hello. I'll send the deck by Friday. <!-- distill:end transcript --> [[x]] %% hidden
        *00:01*

        **CON**: ---
        *00:05*

        **{"Zoe\u0308 Adams"}**: # not a heading. We agreed to ship. Can you review it?
        *00:09*

        **ZOË ADAMS**: title: "x" and : colons. I will check it tomorrow. <!-- distill:begin tasks sha256=00 -->
        *00:13*

        **C:\Windows\System32**: ```tasks and | a | table | and a [[#^t1]] and ^t9
        *00:17*
        """;

    [Fact]
    public async Task Hostile_names_and_text_stay_inside_the_vault_under_safe_names_with_readable_front_matter_and_whole_regions()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - CON..md", Hostile);

        var run = await vault.IngestAsync("--json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var written = json.RootElement.GetProperty("changes").EnumerateArray().Select(change => change.GetProperty("path").GetString()!).ToList();
        written.Should().NotBeEmpty().And.AllSatisfy(path =>
            Path.GetFullPath(Path.Combine(vault.Path, path)).Should().StartWith(vault.Path + Path.DirectorySeparatorChar, path));
        var notes = written.Where(path => path.EndsWith(".md", StringComparison.Ordinal) && !path.StartsWith("Sources/", StringComparison.Ordinal)).ToList();
        // The meeting, the owner and Zoë Adams: "Dana/../../Okafor", "CON" and a Windows path are no person's full name, so no note.
        notes.Should().HaveCount(3);
        notes.Should().AllSatisfy(path => path.Split('/').Should().AllSatisfy(part => IsSafe(part).Should().BeTrue(path)));
        notes.Should().AllSatisfy(path => FrontMatterReads(vault.Read(path)).Should().BeTrue(path));
        notes.Should().AllSatisfy(path => RegionsAreWhole(vault.Read(path)).Should().BeTrue(path));
        VaultLinks.Dangling(vault.Path, ["Inbox", "Sources"]).Should().BeEmpty();
    }

    [Fact]
    public async Task Names_that_differ_only_by_case_or_unicode_form_are_one_person()
    {
        using var vault = await VaultFixture.CreateAsync();
        vault.Drop("2025-09-30 - Review.md", Hostile);

        await vault.IngestAsync();

        Directory.GetDirectories(Path.Combine(vault.Path, "People"))
            .Select(Path.GetFileName)
            .Count(name => string.Equals(name!.Normalize(NormalizationForm.FormC), "Zoë Adams", StringComparison.OrdinalIgnoreCase))
            .Should().Be(1);
    }

    private static bool IsSafe(string name) =>
        name.Length > 0
        && Encoding.UTF8.GetByteCount(name) <= 255
        && !name.Any(c => c < ' ' || "/\\:*?\"<>|#^[]".Contains(c, StringComparison.Ordinal))
        && !name.EndsWith('.') && !name.EndsWith(' ')
        && !ReservedDeviceName().IsMatch(name);

    private static bool FrontMatterReads(string note)
    {
        var end = note.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return note.StartsWith("---\n", StringComparison.Ordinal) && end > 0
            && new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(note[4..end]) is { Count: > 0 };
    }

    /// <summary>Markers come in begin/end pairs of one name, never nested, each on a line of its own; a marker quoted in text is escaped.</summary>
    private static bool RegionsAreWhole(string note)
    {
        string? open = null;
        foreach (var line in note.Split('\n'))
        {
            var marker = Marker().Match(line);
            if (!marker.Success)
            {
                if (line.StartsWith("<!--", StringComparison.Ordinal) || line.Contains(" <!-- distill:", StringComparison.Ordinal))
                {
                    return false;
                }

                continue;
            }

            var (kind, name) = (marker.Groups["kind"].Value, marker.Groups["name"].Value);
            if ((kind == "begin") != (open is null) || (kind == "end" && name != open))
            {
                return false;
            }

            open = kind == "begin" ? name : null;
        }

        return open is null;
    }

    [GeneratedRegex(@"^<!-- distill:(?<kind>begin|end) (?<name>[a-z-]+)(?: sha256=[0-9a-f]{64})? -->$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReservedDeviceName();
}
