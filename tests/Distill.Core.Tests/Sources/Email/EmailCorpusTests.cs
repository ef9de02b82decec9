using System.Text;
using System.Text.Json;
using AwesomeAssertions;
using Distill.Core.Sources;
using Distill.Core.Sources.Email;
using Xunit;

namespace Distill.Core.Tests.Sources.Email;

/// <summary>The 31 real Apple Mail exports of ../shared/corpus/email and MimeKit's sample messages; skipped when the corpus is absent.</summary>
public sealed partial class EmailCorpusTests
{
    public static TheoryData<string> Threads => Names(["corpus", "email"], Directory.GetDirectories);

    public static TheoryData<string> MimeKitSamples => Names(["corpus", "formats", "eml"], Directory.GetFiles);

    [Theory]
    [MemberData(nameof(Threads))]
    public void Every_thread_reads_as_an_email_without_a_warning(string thread)
    {
        var source = ReadThread(thread);

        (source.Kind, source.Format, source.Warnings.Length).Should().Be((SourceKind.Email, "apple-mail-export", 0));
    }

    [Theory]
    [MemberData(nameof(Threads))]
    public void The_first_sender_has_the_name_and_address_of_the_export(string thread)
    {
        var source = ReadThread(thread);
        var first = Meta(thread).GetProperty("messages")[0];

        source.Email!.FirstSender.Should().Be(new Mailbox(first.GetProperty("sender_name").GetString()!, first.GetProperty("sender_email").GetString()));
    }

    [Theory]
    [MemberData(nameof(Threads))]
    public void Every_message_starts_a_segment_spoken_by_its_sender_and_the_date_is_the_newest(string thread)
    {
        var source = ReadThread(thread);
        var meta = Meta(thread);
        var senders = meta.GetProperty("messages").EnumerateArray().Select(message => message.GetProperty("sender_name").GetString()).ToList();

        source.Email!.Messages.Select(message => source.Segments.Single(segment => segment.Line == message.Line).Speaker).Should().Equal(senders);
        source.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be(meta.GetProperty("date").GetString());
    }

    [Theory]
    [MemberData(nameof(Threads))]
    public void Every_segment_starts_on_the_file_line_that_holds_its_first_line(string thread)
    {
        var source = ReadThread(thread);
        var fileLines = SourceReader.SplitLines(source.Raw);

        source.Segments.Should().AllSatisfy(segment =>
            fileLines[segment.Line - 1].TrimStart('>').TrimStart(' ').Should().Be(segment.Text.Split('\n')[0].TrimStart(' ')));
    }

    [Theory]
    [MemberData(nameof(Threads))]
    public void Every_quoted_heading_is_a_quoted_segment(string thread)
    {
        var source = ReadThread(thread);

        source.Segments.Where(segment => WroteLine().IsMatch(segment.Text)).Should().OnlyContain(segment => segment.Quoted);
    }

    [Fact]
    public void A_reply_quoting_the_message_before_it_extracts_only_what_it_adds()
    {
        var source = ReadThread("2026-01-05_transport-layer-security-tls-support-for_78f4f019");

        source.Segments.Where(segment => !segment.Quoted).Select(segment => (segment.Line, segment.Speaker)).Should().Equal(
            (10, "Itzik Reich"), (12, "Itzik Reich"), (33, "Noa Cohen"), (63, "Itzik Reich"));
    }

    [Theory]
    [InlineData("2025-12-17_presentation-shared-with-you-gcp-flow-fr_4b5bbbc9", true)]
    [InlineData("2025-12-22_share-request-for-vast-and-azure-integra_28f760c8", true)]
    [InlineData("2025-12-29_accepted-mordi-jason-sync-fri-jan-2-2026_7aa370b1", true)]
    [InlineData("2026-01-05_invitation-jason-lior-mon-jan-5-2026-11_e4b9145a", true)]
    [InlineData("2026-01-05_loss-alert-500-000-00-nato-has-been-upda_73f02376", true)]
    [InlineData("2026-01-04_just-scheduled-ai-for-good-new-location_1c8f5142", true)]
    [InlineData("2025-12-04_rfe-alert-rfe-0482-existing-feature-enha_ef984c9e", false)]
    [InlineData("2025-12-11_azure-voc-for-msft-testing_1e2988cd", false)]
    [InlineData("2025-12-18_gtm-team-update-revops-leadership_21599ee3", false)]
    public void Notifications_are_automated_and_threads_people_wrote_are_not(string thread, bool automated)
    {
        ReadThread(thread).Email!.Automated.Should().Be(automated);
    }

    [Theory]
    [MemberData(nameof(Threads))]
    public void Lf_and_crlf_copies_of_a_thread_are_the_same_source(string thread)
    {
        var path = Path.Combine(SharedFolder.Require("corpus", "email", thread), "email.md");
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(path)).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

        var lf = Read(Encoding.UTF8.GetBytes(text), "a.md");
        var crlf = Read(Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)), "b.md");
        var original = ReadThread(thread);

        lf.Segments.Should().Equal(original.Segments);
        crlf.Segments.Should().Equal(original.Segments);
        (lf.Sha256, crlf.Sha256, lf.Email!.Identity, crlf.Email!.Identity).Should().Be((original.Sha256, original.Sha256, original.Email!.Identity, original.Email!.Identity));
    }

    [Theory]
    [MemberData(nameof(MimeKitSamples))]
    public void MimeKit_samples_give_a_result_and_never_an_exception(string sample)
    {
        var path = Path.Combine(SharedFolder.Require("corpus", "formats", "eml"), sample);

        var result = SourceReader.Read(path);

        result.Should().Match<ReadResult>(read => read is ReadResult.Read || read is ReadResult.Rejected);
    }

    [Theory]
    [MemberData(nameof(MimeKitSamples))]
    public void MimeKit_samples_cut_short_give_a_result_and_never_an_exception(string sample)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SharedFolder.Require("corpus", "formats", "eml"), sample));

        for (var length = 1; length < bytes.Length; length += Math.Max(1, bytes.Length / 50))
        {
            var result = SourceReader.Read(sample, bytes[..length], Sample.FileDate);
            result.Should().Match<ReadResult>(read => read is ReadResult.Read || read is ReadResult.Rejected);
        }
    }

    [Fact]
    public void The_japanese_sample_decodes_its_rfc_2047_subject_and_iso_2022_jp_body()
    {
        var source = Read(File.ReadAllBytes(Path.Combine(SharedFolder.Require("corpus", "formats", "eml"), "mimekit-japanese.eml")), "japanese.eml");

        source.Title.Should().Be("日本語メールテスト (testing Japanese emails)");
        source.Segments.Should().Contain(segment => segment.Text.Contains("日本語が"));
    }

    [Fact]
    public void The_simple_multipart_sample_names_its_attachment_without_inlining_it()
    {
        var source = Read(File.ReadAllBytes(Path.Combine(SharedFolder.Require("corpus", "formats", "eml"), "mimekit-simple-multipart.eml")), "simple.eml");

        source.Segments.Select(segment => segment.Text).Should().Equal("This is the message body.", "Attachments: attachment.txt");
    }

    private static Source ReadThread(string thread) =>
        Read(File.ReadAllBytes(Path.Combine(SharedFolder.Require("corpus", "email", thread), "email.md")), $"Inbox/Email/{thread}.md");

    private static Source Read(byte[] bytes, string path) =>
        SourceReader.Read(path, bytes, Sample.FileDate).Should().BeOfType<ReadResult.Read>().Subject.Source;

    private static JsonElement Meta(string thread)
    {
        using var meta = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(SharedFolder.Require("corpus", "email", thread), "meta.json")));
        return meta.RootElement.Clone();
    }

    /// <summary>The entries of a corpus folder by name; one placeholder when the corpus is absent, so the theory runs and skips.</summary>
    private static TheoryData<string> Names(string[] parts, Func<string, string[]> entries)
    {
        var folder = SharedFolder.Path is { } shared ? Path.Combine([shared, .. parts]) : null;
        var names = folder is not null && Directory.Exists(folder)
            ? entries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray()
            : ["corpus-absent"];
        return [.. names];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^On .+ wrote:$")]
    private static partial System.Text.RegularExpressions.Regex WroteLine();
}
