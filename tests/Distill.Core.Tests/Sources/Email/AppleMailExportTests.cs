using System.Text;
using AwesomeAssertions;
using CsCheck;
using Distill.Core.Sources;
using Distill.Core.Sources.Email;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources.Email;

public sealed class AppleMailExportTests
{
    private const string FirstMessage = """
        ## 2025-12-11 17:39:08 — Dana Okafor <dana@example.com>
        **Subject:** Re: [EXTERNAL] Lumen rollout

        > Adding Marco.
        > 
        > On Thu, Dec 11, 2025 at 4:33<NNBSP>PM Priya Raman <priya@example.org> wrote:
        > Can we meet?

        ---

        """;

    private const string SecondMessage = """
        ## 2025-12-12 09:00:00 — Marco Bellini <marco@example.com>
        **Subject:** RE: [EXTERNAL] Lumen rollout

        > Tuesday works.<LS>See you then.
        >
        > From: Dana Okafor <dana@example.com> <LS>Sent: Thursday, December 11, 2025 4:39 PM<LS>To: Priya Raman <priya@example.org>; marco <marco@example.com><LS>Cc: Ivo Stan <ivo@example.net><LS>Subject: Re: Lumen rollout
        >
        > Adding Marco.

        ---

        """;

    private static readonly string Thread = Export("RE: [EXTERNAL] Lumen rollout", 2, FirstMessage, SecondMessage);

    [Fact]
    public void An_export_is_an_email_in_the_apple_mail_layout()
    {
        var source = ReadExport(Thread);

        (source.Kind, source.Format).Should().Be((SourceKind.Email, "apple-mail-export"));
    }

    [Fact]
    public void Each_paragraph_is_a_segment_on_its_first_line_without_quote_markers_spoken_by_whoever_wrote_it()
    {
        var source = ReadExport(Thread);

        source.Segments.Should().Equal(
            new Segment(null, null, "Dana Okafor", "Adding Marco.", 10),
            new Segment(null, null, "Priya Raman", "On Thu, Dec 11, 2025 at 4:33\u202FPM Priya Raman <priya@example.org> wrote:", 12) { Quoted = true },
            new Segment(null, null, "Priya Raman", "Can we meet?", 13),
            new Segment(null, null, "Marco Bellini", "Tuesday works.\u2028See you then.", 19),
            new Segment(null, null, "Dana Okafor", "From: Dana Okafor <dana@example.com> \u2028Sent: Thursday, December 11, 2025 4:39 PM\u2028To: Priya Raman <priya@example.org>; marco <marco@example.com>\u2028Cc: Ivo Stan <ivo@example.net>\u2028Subject: Re: Lumen rollout", 21) { Quoted = true },
            new Segment(null, null, "Dana Okafor", "Adding Marco.", 23) { Quoted = true });
    }

    [Fact]
    public void Each_line_of_a_segment_is_the_file_line_its_line_number_gives_without_the_quote_marker()
    {
        var source = ReadExport(Thread);
        var fileLines = Thread.Split('\r');

        source.Segments.Should().AllSatisfy(segment => segment.Text.Split('\n').Select((line, offset) => (line, offset)).Should().AllSatisfy(
            pair => fileLines[segment.Line - 1 + pair.offset].TrimStart('>').TrimStart(' ').Should().Be(pair.line.TrimStart(' '))));
    }

    [Fact]
    public void The_date_is_the_newest_messages_as_the_content_states_it()
    {
        var source = ReadExport(Thread);

        (source.Date, source.DateOrigin, source.Time).Should().Be((new DateOnly(2025, 12, 12), DateOrigin.Content, (TimeOnly?)null));
    }

    [Fact]
    public void The_title_is_the_subject_without_reply_and_gateway_prefixes()
    {
        var source = ReadExport(Thread);

        (source.Title, source.Email!.Subject, source.Email.NormalisedSubject).Should().Be(("Lumen rollout", "RE: [EXTERNAL] Lumen rollout", "lumen rollout"));
    }

    [Fact]
    public void Every_message_keeps_its_sender_with_name_and_address_its_date_and_subject()
    {
        var messages = ReadExport(Thread).Email!.Messages;

        messages.Select(message => (message.Sender, message.Date, message.Subject, message.Line)).Should().Equal(
            (new Mailbox("Dana Okafor", "dana@example.com"), At(2025, 12, 11, 17, 39, 8), "Re: [EXTERNAL] Lumen rollout", 10),
            (new Mailbox("Marco Bellini", "marco@example.com"), At(2025, 12, 12, 9, 0, 0), "RE: [EXTERNAL] Lumen rollout", 19));
    }

    [Fact]
    public void The_thread_begins_with_the_oldest_message_and_its_sender()
    {
        var thread = ReadExport(Thread).Email!;

        (thread.FirstDate, thread.FirstSender).Should().Be((At(2025, 12, 11, 17, 39, 8), new Mailbox("Dana Okafor", "dana@example.com")));
    }

    [Fact]
    public void An_on_wrote_line_names_its_author()
    {
        var first = ReadExport(Thread).Email!.Messages[0];

        first.Quoted.Should().Equal(new Mailbox("Priya Raman", "priya@example.org"));
    }

    [Fact]
    public void A_quoted_outlook_header_block_joined_by_line_separators_names_its_sender_and_recipients()
    {
        var second = ReadExport(Thread).Email!.Messages[1];

        second.Quoted.Should().Equal(
            new Mailbox("Dana Okafor", "dana@example.com"),
            new Mailbox("Priya Raman", "priya@example.org"),
            new Mailbox("marco", "marco@example.com"),
            new Mailbox("Ivo Stan", "ivo@example.net"));
    }

    [Fact]
    public void A_quoted_header_block_on_separate_lines_names_its_people_too()
    {
        var message = """
            ## 2025-12-11 17:39:08 — Dana Okafor <dana@example.com>
            **Subject:** Fwd: Plan

            > ---------- Forwarded message ---------
            > From: Jo Park <jo@example.com>
            > Date: Tue, Dec 30, 2025 at 1:58 PM
            > Subject: Plan
            > To: Dana Okafor <dana@example.com>
            > Cc: Ann Lee <ann@example.com>, Bo Yu <bo@example.com>

            """;

        var quoted = ReadExport(Export("Fwd: Plan", 1, message)).Email!.Messages[0].Quoted;

        quoted.Should().Equal(
            new Mailbox("Jo Park", "jo@example.com"),
            new Mailbox("Dana Okafor", "dana@example.com"),
            new Mailbox("Ann Lee", "ann@example.com"),
            new Mailbox("Bo Yu", "bo@example.com"));
    }

    [Fact]
    public void A_from_line_in_a_sentence_is_not_a_quoted_header()
    {
        var message = """
            ## 2025-12-11 17:39:08 — Dana Okafor <dana@example.com>
            **Subject:** Notes

            > From: the team, with thanks.
            > To: everyone who helped.

            """;

        ReadExport(Export("Notes", 1, message)).Email!.Messages[0].Quoted.Should().BeEmpty();
    }

    [Fact]
    public void People_are_everyone_named_once_in_order_of_appearance_with_the_fullest_name()
    {
        var people = ReadExport(Thread).Email!.People;

        people.Should().Equal(
            new Mailbox("Dana Okafor", "dana@example.com"),
            new Mailbox("Priya Raman", "priya@example.org"),
            new Mailbox("Marco Bellini", "marco@example.com"),
            new Mailbox("Ivo Stan", "ivo@example.net"));
    }

    [Fact]
    public void A_thread_of_notifications_is_automated()
    {
        var accepted = """
            ## 2025-12-29 20:05:23 — Dana Okafor <dana@example.com>
            **Subject:** Accepted: Dana/Jason - Sync @ Fri Jan 2, 2026

            > Dana Okafor has accepted this invitation.

            """;

        ReadExport(Export("Accepted: Dana/Jason - Sync @ Fri Jan 2, 2026", 1, accepted)).Email!.Automated.Should().BeTrue();
    }

    [Fact]
    public void A_thread_people_wrote_in_is_not_automated()
    {
        ReadExport(Thread).Email!.Automated.Should().BeFalse();
    }

    [Fact]
    public void Bare_cr_crlf_and_lf_copies_are_the_same_source()
    {
        var cr = ReadExport(Thread);

        var crlf = ReadExport(Thread.Replace("\r", "\r\n", StringComparison.Ordinal));
        var lf = ReadExport(Thread.Replace('\r', '\n'));

        crlf.Segments.Should().Equal(cr.Segments);
        lf.Segments.Should().Equal(cr.Segments);
        (crlf.Sha256, lf.Sha256, crlf.Email!.Identity, lf.Email!.Identity).Should().Be((cr.Sha256, cr.Sha256, cr.Email!.Identity, cr.Email.Identity));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_export()
    {
        var plain = ReadExport(Thread);

        var marked = ReadExport("\uFEFF" + Thread);

        marked.Segments.Should().Equal(plain.Segments);
        (marked.Title, marked.Sha256).Should().Be((plain.Title, plain.Sha256));
    }

    [Fact]
    public void A_later_export_with_more_messages_under_another_name_is_the_same_thread()
    {
        var early = ReadExport(Export("Re: [EXTERNAL] Lumen rollout", 1, FirstMessage), "Inbox/Email/2025-12-11_173908_3086_Re-Lumen.md");

        var later = ReadExport(Thread, "Inbox/Email/2025-12-12_090000_9666_RE-Lumen.md");

        later.Email!.Identity.Should().Be(early.Email!.Identity);
        later.Sha256.Should().NotBe(early.Sha256);
    }

    [Fact]
    public void Another_first_sender_is_another_thread()
    {
        var other = ReadExport(Thread.Replace("Dana Okafor <dana@example.com>\r**Subject", "Jo Park <jo@example.com>\r**Subject", StringComparison.Ordinal));

        other.Email!.Identity.Should().NotBe(ReadExport(Thread).Email!.Identity);
    }

    [Fact]
    public void A_message_count_that_differs_from_the_preamble_is_a_warning()
    {
        var source = ReadExport(Export("Lumen rollout", 3, FirstMessage, SecondMessage));

        source.Warnings.Should().Equal("the export says 3 messages; 2 were read");
    }

    [Fact]
    public void A_heading_whose_date_is_impossible_is_read_as_text_with_a_warning()
    {
        var broken = SecondMessage.Replace("2025-12-12 09:00:00", "2025-13-12 09:00:00", StringComparison.Ordinal);

        var source = ReadExport(Export("Lumen rollout", 1, FirstMessage, broken));

        source.Segments.Should().ContainSingle(segment => segment.Text.Contains("2025-13-12 09:00:00 — Marco Bellini"));
        source.Warnings.Should().Equal("line 16: \"2025-13-12 09:00:00\" is not a date; the heading is read as text");
    }

    [Fact]
    public void A_line_break_inside_a_quoted_line_stays_in_the_body()
    {
        var message = "## 2025-12-11 17:39:08 — Dana Okafor <dana@example.com>\n**Subject:** Hi\n\n> First half|second half\n> end\n";

        var source = ReadExport(Export("Hi", 1, message).Replace('|', '\n'));

        source.Segments.Should().ContainSingle().Which.Text.Should().Be("First half\nsecond half\nend");
    }

    [Fact]
    public void A_sender_without_an_address_is_named_and_has_none()
    {
        var message = FirstMessage.Replace("Dana Okafor <dana@example.com>", "Dana Okafor", StringComparison.Ordinal);

        var source = ReadExport(Export("Lumen rollout", 1, message));

        source.Email!.FirstSender.Should().Be(new Mailbox("Dana Okafor", null));
    }

    [Fact]
    public void A_transcript_with_markdown_headings_is_not_an_export()
    {
        var source = Read("## Notes\n**Marco Bellini**: Okay, let's start.\n*00:12*\n", "review.md");

        source.Kind.Should().Be(SourceKind.Transcript);
    }

    [Fact]
    public void Any_mix_of_export_pieces_gives_a_result_and_never_an_exception()
    {
        var pieces = Gen.OneOf<string>(
            "# Re: x\r", "- Messages: 2\r", "---\r", "## 2025-12-11 17:39:08 — A <a@b.c>\r", "## 2025-99-11 17:39:08 — \r", "**Subject:** \r",
            "> ", "From: A <a@b.c>\u2028Sent: x\u2028To: ;;,<>\r", "On x wrote:\r", "\r", "\n", "\uFEFF", "\uFFFC", "\u00A0", "x");
        pieces.Array[0, 40].Select(parts => string.Concat(parts)).Sample(text => Result(text, "x.md") is ReadResult.Read or ReadResult.Rejected);
    }

    /// <summary>
    /// An export as the Apple Mail script writes it: bare CR line endings, the preamble, then the messages, with
    /// &lt;LS&gt; for the U+2028 and &lt;NNBSP&gt; for the U+202F that mail programs put in, visible in the test.
    /// </summary>
    private static string Export(string subject, int declared, params string[] messages) =>
        $"# {subject}\n\n- Exported: 2026-01-05 17:29:56\n- Messages: {declared}\n---\n\n{string.Concat(messages)}"
            .Replace('\n', '\r').Replace("<LS>", "\u2028", StringComparison.Ordinal).Replace("<NNBSP>", "\u202F", StringComparison.Ordinal);

    private static Source ReadExport(string text, string path = "Inbox/Email/2025-12-12_090000_1234_Lumen.md") =>
        SourceReader.Read(path, Encoding.UTF8.GetBytes(text), FileDate).Should().BeOfType<ReadResult.Read>().Subject.Source;

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
