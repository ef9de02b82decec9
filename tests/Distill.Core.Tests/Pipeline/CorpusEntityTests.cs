using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AwesomeAssertions;
using Distill.Core.Pipeline;
using Distill.Core.Planning;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Pipeline;

/// <summary>Issue 6 on the real corpus: one entity per person whatever the spelling, notes that link every meeting, and the same notes whatever the order of ingestion.</summary>
public sealed partial class CorpusEntityTests
{
    private static readonly Dictionary<string, string[]> UsersPeople = new(StringComparer.Ordinal)
    {
        ["Maneesh Sah"] = ["Manish", "Manish Sah"],
        ["Jonsi Stefansson"] = ["Jonsi Stephenson", "Yonsi"],
        ["Lior Genzel"] = [],
        ["Jeff Denworth"] = [],
    };

    [Fact]
    public async Task With_the_users_person_notes_no_alias_gets_a_note_and_each_note_links_every_meeting_that_names_its_person()
    {
        var meetings = PipelineVault.Meetings();
        using var vault = await PipelineVault.CreateAsync();
        foreach (var (name, aliases) in UsersPeople)
        {
            vault.Write($"People/{name}/{name}.md", $"---\ntype: person\ntitle: {name}\naliases: [{string.Join(", ", aliases)}]\n---\n# {name}\n\n## How we work\nWritten by the user.\n");
        }

        vault.DropMeetings(meetings);

        (await vault.IngestAsync()).Applied!.Outcome.Should().Be(ApplyOutcome.Applied);

        var people = PersonNotes(vault);
        people.Keys.Should().NotContain(["Manish", "Manish Sah", "Maneesh", "Jonsi Stephenson", "Yonsi", "Jonsi"]);
        foreach (var (name, aliases) in UsersPeople)
        {
            var note = vault.Read(people[name]);
            note.Should().Contain("## How we work\nWritten by the user.\n");
            var naming = MeetingsNaming(vault, [name, .. aliases]);
            naming.Should().NotBeEmpty(name);
            naming.Should().OnlyContain(meeting => note.Contains($"[[{meeting}", StringComparison.Ordinal), $"{name}'s note links every meeting that names him");
        }

        VaultLinks.Dangling(vault.Path, vault.Config.Layout.SourceFolders).Should().BeEmpty();
    }

    [Fact]
    public async Task Doctor_suspects_the_spellings_of_one_person_and_merge_leaves_one_note_that_a_second_ingest_keeps()
    {
        var meetings = PipelineVault.Meetings();
        using var vault = await PipelineVault.CreateAsync();
        vault.DropMeetings(meetings);
        await vault.IngestAsync();

        var doctor = EntityReport.Doctor(VaultScan.Read(vault.Path, vault.Config.Layout), vault.Config.Layout, vault.Config.Owner);

        var pairs = doctor.Suspects.Select(suspect => $"{suspect.Name} ~ {suspect.Similar}").ToList();
        // The spellings the corpus's transcripts hold (the reference vault's "Jonsi Stephenson" and "Manish Sah" are its model's).
        Suspected(doctor, "Jonsi Stefanson", "Jonsi Stefansson").Should().BeTrue(string.Join("; ", pairs));
        Suspected(doctor, "Jonsi Stemmelsson", "Jonsi Stefansson").Should().BeTrue(string.Join("; ", pairs));
        Suspected(doctor, "Yonsi", "Jonsi Stefansson").Should().BeTrue(string.Join("; ", pairs));
        Suspected(doctor, "Manish", "Maneesh Sah").Should().BeTrue(string.Join("; ", pairs));

        foreach (var (from, into) in new[] { ("Manish", "Maneesh Sah"), ("Jonsi Stefanson", "Jonsi Stefansson"), ("Jonsi Stemmelsson", "Jonsi Stefansson"), ("Yonsi", "Jonsi Stefansson") })
        {
            var merged = await Merging.RunAsync(vault.Path, vault.Config, from, into, new DateOnly(2026, 11, 24), TestContext.Current.CancellationToken);
            merged.Problem.Should().BeNull();
            merged.Applied!.Outcome.Should().BeOneOf(ApplyOutcome.Applied, ApplyOutcome.NothingToDo);
        }

        string[] gone = ["Manish", "Jonsi Stefanson", "Jonsi Stemmelsson", "Yonsi"];
        PersonNotes(vault).Keys.Should().NotContain(gone).And.Contain(["Maneesh Sah", "Jonsi Stefansson"]);
        VaultLinks.Dangling(vault.Path, vault.Config.Layout.SourceFolders).Should().BeEmpty();
        var afterMerge = vault.Hashes("Sources/", "Inbox/", ".distill/");

        for (var i = 0; i < meetings.Count; i++)
        {
            vault.Drop($"Again {i + 1}.txt", File.ReadAllBytes(Path.Combine(meetings[i], "transcript.txt")));
        }

        await vault.IngestAsync();

        PersonNotes(vault).Keys.Should().NotContain(gone);
        vault.Hashes("Sources/", "Inbox/", ".distill/").Should().Equal(afterMerge);
    }

    [Fact]
    public async Task The_corpus_in_one_batch_and_in_two_batches_in_reverse_order_gives_the_same_entity_notes()
    {
        var meetings = PipelineVault.Meetings();
        using var once = await PipelineVault.CreateAsync();
        once.DropMeetings(meetings);
        await once.IngestAsync();
        using var twice = await PipelineVault.CreateAsync();
        twice.DropMeetings(meetings[(meetings.Count / 2)..]);
        await twice.IngestAsync();
        twice.DropMeetings(meetings[..(meetings.Count / 2)]);
        await twice.IngestAsync();

        var entities = EntityNotes(once);
        entities.Should().NotBeEmpty();
        EntityNotes(twice).Should().Equal(entities);
        PersonNotes(once).Keys.Should().NotContain(name => NotAPerson().IsMatch(name));
    }

    private static bool Suspected(DoctorReport doctor, string one, string other) =>
        doctor.Suspects.Any(suspect => (suspect.Name == one && suspect.Similar == other) || (suspect.Name == other && suspect.Similar == one));


    /// <summary>Person notes by title.</summary>
    private static Dictionary<string, string> PersonNotes(PipelineVault vault) =>
        vault.NotesOfType("person").ToDictionary(path => Title(vault.Read(path)), path => path, StringComparer.Ordinal);

    /// <summary>Every entity note's text, by path.</summary>
    private static SortedDictionary<string, string> EntityNotes(PipelineVault vault) =>
        new(vault.NotesOfType("person").Concat(vault.NotesOfType("project")).Concat(vault.NotesOfType("customer")).ToDictionary(path => path, vault.Read), StringComparer.Ordinal);

    /// <summary>The file names of the meeting notes whose participants or mentions name one of <paramref name="names"/>, linked or not.</summary>
    private static List<string> MeetingsNaming(PipelineVault vault, string[] names) =>
        [.. vault.NotesOfType("meeting")
            .Where(path => FrontMatterNames(vault.Read(path)).Any(name => names.Contains(name, StringComparer.OrdinalIgnoreCase)))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()];

    /// <summary>The names in a note's participants and mentions: a link's target and shown text, or the plain name.</summary>
    private static IEnumerable<string> FrontMatterNames(string note)
    {
        var frontMatter = note.Split("\n---\n", 2)[0];
        return FrontMatterName().Matches(frontMatter).SelectMany(match => match.Groups.Values.Skip(1).Where(group => group.Success).Select(group => group.Value));
    }

    private static string Title(string note) => Regex.Match(note, "^title: (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim('"');

    [GeneratedRegex(@"^  - ""?(?:\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|([^""\n]+))""?$", RegexOptions.Multiline)]
    private static partial Regex FrontMatterName();

    [GeneratedRegex(@"(?i)speaker|remote|unknown|microphone|zoom|teams|parallels|jabra|macbook|airpods|desktop|headset|\d")]
    private static partial Regex NotAPerson();
}
