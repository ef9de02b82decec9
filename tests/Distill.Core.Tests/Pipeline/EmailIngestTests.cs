using AwesomeAssertions;
using Distill.Core.Pipeline;
using Distill.Core.Sources;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Pipeline;

/// <summary>
/// Issue 7 on small vaults of threads and meetings written here, ingested from end to end: an email note per thread,
/// a longer export updating it, addresses in people's notes and matched before names, and one timeline of a person
/// across meetings and mail. The vault's owner is Jason Vallery.
/// </summary>
public sealed class EmailIngestTests
{
    private const string Dana = "Dana Okafor <dana.okafor@example.com>";
    private const string Jason = "Jason Vallery <jason.vallery@example.com>";
    private const string Subject = "Re: Storage pilot contract";
    private const string DanaFolder = "People/Dana Okafor";

    private static readonly string[] ItemRegions = ["tasks", "follow-ups", "facts", "decisions", "risks", "questions", "outcomes"];

    private static readonly (string, string, string) DanaAsks =
        ("2025-10-06 09:15:00", Dana, "Hi Jason,\n\nCan you send me the signed pilot contract by Friday?\n\nThanks,\nDana");

    private static readonly (string, string, string) JasonAnswers =
        ("2025-10-07 16:40:00", Jason, "Hi Dana,\n\nI will send the signed contract tomorrow morning.\n\nJason");

    [Fact]
    public async Task Issue_7_a_thread_becomes_one_email_note_under_its_counterpart_dated_by_its_newest_message()
    {
        using var vault = await IngestedAsync((SourceKind.Email, "export-4711.md", EmailExport.Of(Subject, DanaAsks, JasonAnswers)));

        var path = vault.NotesOfType("email").Should().ContainSingle().Subject;
        var note = vault.Read(path);

        path.Should().StartWith(DanaFolder + "/2025-10-07 - Storage pilot contract");
        note.Should().Contain("\ndate: 2025-10-07\n").And.Contain("\nmessages: 2\n").And.Contain("\nthread_id: ")
            .And.Contain("\"[[Dana Okafor]]\"").And.NotContain("dana.okafor@example.com\"");
        PipelineVault.Region(note, "transcript").Should().Contain("## Messages\n**2025-10-06 09:15** **Dana Okafor**:")
            .And.MatchRegex(@"\^l\d+\n");
        vault.NotesOfType("meeting").Should().BeEmpty();
    }

    [Fact]
    public async Task Issue_7_quoted_history_is_shown_as_a_quote_and_no_item_comes_from_it()
    {
        var reply = ("2025-10-07 16:40:00", Jason,
            "Hi Dana,\n\nI will send the signed contract tomorrow morning.\n\nJason\n\nOn Mon, Oct 6, 2025 at 9:15 AM Dana Okafor <dana.okafor@example.com> wrote:\n> Can you send me the signed pilot contract by Friday?");
        using var vault = await IngestedAsync((SourceKind.Email, "export-7.md", EmailExport.Of(Subject, DanaAsks, reply)));

        var note = vault.Read(vault.NotesOfType("email").Should().ContainSingle().Subject);
        var messages = PipelineVault.Region(note, "transcript").Split('\n');
        var quotedAsk = messages.Where(line => line.Contains("Can you send me the signed pilot contract", StringComparison.Ordinal)).ToList();
        var items = string.Concat(ItemRegions.Select(region => PipelineVault.Region(note, region)));

        quotedAsk.Should().HaveCount(2).And.ContainSingle(line => line.StartsWith("> ", StringComparison.Ordinal));
        var quotedLine = quotedAsk.Single(line => line.StartsWith("> ", StringComparison.Ordinal))[^4..];
        items.Should().NotContain($"[[#^{quotedLine}|").And.NotContain("wrote:");
    }

    [Fact]
    public async Task Issue_7_an_automated_notification_is_tagged_and_gets_no_tasks()
    {
        using var vault = await IngestedAsync((SourceKind.Email, "export-8.md", EmailExport.Of(
            "Accepted: Dana / Jason - Pilot sync @ Fri Oct 10, 2025 1pm - 2pm",
            ("2025-10-06 11:00:00", Dana, "Dana Okafor has accepted this invitation.\n\nPlease join the call on time and send the agenda before we meet."))));

        var note = vault.Read(vault.NotesOfType("email").Should().ContainSingle().Subject);

        note.Should().Contain("tags:\n  - email\n  - notification\n");
        (PipelineVault.Region(note, "tasks") + PipelineVault.Region(note, "follow-ups")).Should().BeEmpty();
    }

    [Fact]
    public async Task Issue_7_the_same_thread_under_another_name_changes_nothing_and_a_longer_export_updates_its_note()
    {
        using var vault = await IngestedAsync((SourceKind.Email, "export-1.md", EmailExport.Of(Subject, DanaAsks)));
        var path = vault.NotesOfType("email").Should().ContainSingle().Subject;
        vault.Read(path).Should().Contain("\nmessages: 1\n").And.Contain("\ndate: 2025-10-06\n");

        vault.Drop(SourceKind.Email, "export-2.md", EmailExport.Of(Subject, DanaAsks));
        var before = vault.Hashes("Sources/", "Inbox/", ".distill/");
        await IngestAsync(vault);
        vault.Hashes("Sources/", "Inbox/", ".distill/").Should().Equal(before);

        vault.Drop(SourceKind.Email, "export-3.md", EmailExport.Of(Subject, DanaAsks, JasonAnswers));
        var result = await IngestAsync(vault);

        result.Planned.Outcomes.Should().ContainSingle().Which.Kind.Should().Be(Distill.Core.Planning.IngestOutcomeKind.Updated);
        vault.NotesOfType("email").Should().Equal(path);
        vault.Read(path).Should().Contain("\nmessages: 2\n").And.Contain("\ndate: 2025-10-07\n").And.Contain("export-3.md");
        vault.InboxFiles().Should().BeEmpty();
    }

    [Fact]
    public async Task Issue_7_a_shorter_export_after_a_longer_one_leaves_the_note_as_the_longer_one_wrote_it()
    {
        using var vault = await IngestedAsync((SourceKind.Email, "long.md", EmailExport.Of(Subject, DanaAsks, JasonAnswers)));
        var before = vault.Hashes("Sources/", "Inbox/", ".distill/");

        vault.Drop(SourceKind.Email, "short.md", EmailExport.Of(Subject, DanaAsks));
        await IngestAsync(vault);

        vault.Hashes("Sources/", "Inbox/", ".distill/").Should().Equal(before);
    }

    [Fact]
    public async Task Issue_7_a_persons_note_gets_their_address_and_lists_their_meetings_and_emails_newest_first()
    {
        using var vault = await IngestedAsync(
            (SourceKind.Transcript, "2025-10-01 - Pilot kickoff.vtt", Bytes(Vtt.Of(
                ("Jason Vallery", "Dana, thanks for joining. Let's plan the storage pilot."),
                ("Dana Okafor", "Happy to. Our team wants the pilot running before November.")))),
            (SourceKind.Email, "export-9.md", EmailExport.Of(Subject, DanaAsks, JasonAnswers)),
            (SourceKind.Transcript, "2025-10-09 - Pilot review.vtt", Bytes(Vtt.Of(
                ("Jason Vallery", "Dana, did the signed contract reach you?"),
                ("Dana Okafor", "It did. Legal has countersigned the pilot contract.")))));

        var note = vault.Read($"{DanaFolder}/Dana Okafor.md");
        var context = PipelineVault.Region(note, "context").Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal)).ToList();

        note.Should().Contain("emails:\n  - dana.okafor@example.com\n");
        vault.Read("People/Jason Vallery/Jason Vallery.md").Should().Contain("emails:\n  - jason.vallery@example.com\n");
        context.Should().HaveCount(3);
        context[0].Should().StartWith("- 2025-10-09 — [[2025-10-09 - Pilot review|");
        context[1].Should().StartWith("- 2025-10-07 — [[2025-10-07 - Storage pilot contract|");
        context[2].Should().StartWith("- 2025-10-01 — [[2025-10-01 - Pilot kickoff|");
    }

    [Fact]
    public async Task Issue_7_an_address_the_vault_knows_is_matched_before_the_name_a_sender_typed_on_this_run_and_the_next()
    {
        using var vault = await PipelineVault.CreateAsync();
        vault.Write($"{DanaFolder}/Dana Okafor.md", "---\ntype: person\ntitle: Dana Okafor\nemails:\n  - dana.okafor@example.com\n---\n# Dana Okafor\n");
        vault.Drop(SourceKind.Email, "export-5.md", EmailExport.Of(
            "Pilot invoice",
            ("2025-10-08 10:00:00", "D. A. Okafor-Smith <dana.okafor@example.com>", "Hi Jason,\n\nThe pilot invoice is attached.")));
        await IngestAsync(vault);
        vault.Drop("2025-10-09 - Weekly.vtt", Vtt.Of(("Jason Vallery", "Nothing new on the pilot this week.")));
        await IngestAsync(vault);

        var path = vault.NotesOfType("email").Should().ContainSingle().Subject;

        path.Should().StartWith(DanaFolder + "/");
        vault.Read(path).Should().Contain("\n  - \"[[Dana Okafor]]\"\n").And.NotContain("Okafor-Smith]]");
        vault.NotesOfType("person").Should().BeEquivalentTo($"{DanaFolder}/Dana Okafor.md", "People/Jason Vallery/Jason Vallery.md");
    }

    [Fact]
    public async Task Issue_7_a_file_in_the_email_folder_that_is_no_email_is_rejected_with_its_reason_beside_it()
    {
        using var vault = await IngestedAsync((SourceKind.Email, "notes.txt", "Jason: Let's ship it on Friday.\n"u8.ToArray()));

        var failed = Directory.GetFiles(Path.Combine(vault.Path, "Inbox", "_failed"), "*", SearchOption.AllDirectories).Select(Path.GetFileName);

        failed.Should().BeEquivalentTo("notes.txt", "notes.txt.reason.txt");
        vault.NotesOfType("meeting").Should().BeEmpty();
    }

    [Fact]
    public async Task Issue_7_a_document_becomes_a_document_note_with_its_author_and_line_evidence()
    {
        using var vault = await IngestedAsync((SourceKind.Document, "offsite.md", Bytes(
            "---\ndate: 2025-10-02\nauthor: Dana Okafor\n---\n# Offsite plan\n\nWe agreed to hold the offsite in Lisbon.\n\nI will book the venue by Friday.\n")));

        var path = vault.NotesOfType("document").Should().ContainSingle().Subject;
        var note = vault.Read(path);

        path.Should().Be("Meetings/2025/2025-10-02 - Offsite plan.md");
        note.Should().Contain("\nauthor: \"[[Dana Okafor]]\"\n").And.Contain("\nsource: Sources/Documents/2025/offsite.md\n");
        PipelineVault.Region(note, "tasks").Should().Contain("Book the venue").And.Contain("[[#^l9|line 9]]").And.Contain("@[[Dana Okafor]] 📅 2025-10-03");
        PipelineVault.Region(note, "transcript").Should().StartWith("## Text\n").And.Contain("We agreed to hold the offsite in Lisbon. ^l7");
        PipelineVault.Region(vault.Read($"{DanaFolder}/Dana Okafor.md"), "context").Should().Contain("[[2025-10-02 - Offsite plan|");
    }

    [Fact]
    public async Task Issue_7_a_file_in_the_documents_folder_that_is_no_text_note_is_rejected()
    {
        using var vault = await IngestedAsync((SourceKind.Document, "slides.pdf", "%PDF-1.7 slides"u8.ToArray()));

        Directory.GetFiles(Path.Combine(vault.Path, "Inbox", "_failed"), "*.reason.txt", SearchOption.AllDirectories)
            .Should().ContainSingle().Which.Should().Match(file => File.ReadAllText(file).Contains("not a .md or .txt file"));
    }

    private static byte[] Bytes(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private static async Task<PipelineVault> IngestedAsync(params (SourceKind Kind, string File, byte[] Content)[] sources)
    {
        var vault = await PipelineVault.CreateAsync();
        foreach (var (kind, file, content) in sources)
        {
            vault.Drop(kind, file, content);
        }

        await IngestAsync(vault);
        return vault;
    }

    private static async Task<IngestResult> IngestAsync(PipelineVault vault)
    {
        var result = await vault.IngestAsync();
        result.Applied!.Outcome.Should().Be(ApplyOutcome.Applied);
        return result;
    }
}
