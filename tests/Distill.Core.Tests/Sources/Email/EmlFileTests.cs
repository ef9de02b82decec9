using System.Text;
using AwesomeAssertions;
using CsCheck;
using Distill.Core.Sources;
using Distill.Core.Sources.Email;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources.Email;

public sealed class EmlFileTests
{
    private const string Multipart = """
        From: Dana Okafor <dana@example.com>
        To: Marco Bellini <marco@example.com>, Ivo Stan <ivo@example.net>
        Cc: Ann Lee <ann@example.com>
        Subject: =?UTF-8?B?UmU6IENhZsOpIHBsYW4=?=
        Date: Thu, 11 Dec 2025 17:39:08 -0700
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="outer"

        --outer
        Content-Type: multipart/alternative; boundary="alt"

        --alt
        Content-Type: text/plain; charset=iso-8859-1
        Content-Transfer-Encoding: quoted-printable

        Caf=E9 at noon?

        --alt
        Content-Type: text/html; charset=utf-8

        <p>HTML version</p>
        --alt--

        --outer
        Content-Type: application/pdf; name="plan.pdf"
        Content-Disposition: attachment; filename="plan.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQKJSBzZWNyZXQgY29udGVudA==
        --outer--

        """;

    private const string HtmlOnly = """
        From: Dana Okafor <dana@example.com>
        Subject: Hello
        Date: Thu, 11 Dec 2025 17:39:08 +0000
        MIME-Version: 1.0
        Content-Type: text/html; charset=utf-8

        <html><head><title>Ignored</title><style>p { color: red }</style></head>
        <body><p>Hello&nbsp;Marco,</p><p>Line one<br>Line   two</p><script>track()</script>
        <table><tr><td>Cell</td><td>row</td></tr></table></body></html>

        """;

    [Fact]
    public void An_eml_file_is_an_email_in_the_eml_format_spoken_by_its_sender()
    {
        var source = ReadEml(Multipart);

        (source.Kind, source.Format).Should().Be((SourceKind.Email, "eml"));
        source.Segments.Should().OnlyContain(segment => segment.Speaker == "Dana Okafor");
    }

    [Fact]
    public void The_plain_part_of_an_alternative_is_the_text_decoded_from_its_charset_and_attachments_are_named_in_a_paragraph_not_inlined()
    {
        var source = ReadEml(Multipart);

        source.Segments.Select(segment => segment.Text).Should().Equal("Café at noon?", "Attachments: plan.pdf");
    }

    [Fact]
    public void An_rfc_2047_subject_is_decoded_and_the_title_has_no_reply_prefix()
    {
        var source = ReadEml(Multipart);

        (source.Email!.Subject, source.Title).Should().Be(("Re: Café plan", "Café plan"));
    }

    [Fact]
    public void The_date_is_the_date_header_as_the_sender_wrote_it()
    {
        var source = ReadEml(Multipart);

        (source.Date, source.DateOrigin, source.Email!.FirstDate).Should().Be((new DateOnly(2025, 12, 11), DateOrigin.Content, new DateTimeOffset(2025, 12, 11, 17, 39, 8, TimeSpan.FromHours(-7))));
    }

    [Fact]
    public void To_and_cc_are_the_recipients_and_everyone_is_a_person_of_the_thread()
    {
        var thread = ReadEml(Multipart).Email!;

        thread.Messages.Single().Recipients.Should().Equal(
            new Mailbox("Marco Bellini", "marco@example.com"), new Mailbox("Ivo Stan", "ivo@example.net"), new Mailbox("Ann Lee", "ann@example.com"));
        thread.People.Should().HaveCount(4).And.StartWith(new Mailbox("Dana Okafor", "dana@example.com"));
    }

    [Fact]
    public void An_html_body_is_read_as_text_without_markup_scripts_or_styles()
    {
        var source = ReadEml(HtmlOnly);

        source.Segments.Select(segment => segment.Text).Should().Equal("Hello\u00A0Marco,", "Line one\nLine two", "Cell row");
    }

    [Fact]
    public void Every_paragraph_of_an_html_body_is_placed_on_the_first_line_of_the_body_which_holds_them_all()
    {
        var source = ReadEml(HtmlOnly);

        source.Segments.Select(segment => segment.Line).Should().Equal(7, 7, 7);
    }

    [Fact]
    public void The_paragraphs_of_a_multipart_message_start_on_the_first_lines_of_its_text_part_and_its_attachment()
    {
        var source = ReadEml(Multipart);

        source.Segments.Select(segment => segment.Line).Should().Equal(16, 29);
    }

    [Fact]
    public void Each_paragraph_of_a_plain_body_is_a_segment_on_the_file_line_it_starts_on()
    {
        var source = ReadEml("From: Dana Okafor <dana@example.com>\nDate: Thu, 11 Dec 2025 17:39:08 +0000\n\n\nHi Marco,\n\nThe plan is ready.\nIt ships Friday.\n\nThanks,\nDana\n");

        source.Segments.Select(segment => (segment.Line, segment.Text, segment.Quoted)).Should().Equal(
            (5, "Hi Marco,", false), (7, "The plan is ready.\nIt ships Friday.", false), (10, "Thanks,\nDana", true));
    }

    [Fact]
    public void A_format_flowed_body_is_joined_back_into_its_lines()
    {
        var source = ReadEml("From: a@example.com\nDate: Thu, 11 Dec 2025 17:39:08 +0000\nContent-Type: text/plain; format=flowed; delsp=yes\n\nOne long line that was wr \napped here.\n");

        source.Segments.Single().Text.Should().Be("One long line that was wrapped here.");
    }

    [Fact]
    public void A_message_without_a_date_header_is_dated_by_its_file_with_a_warning()
    {
        var source = ReadEml("From: Dana Okafor <dana@example.com>\nSubject: Hi\n\nHello.\n");

        (source.Date, source.DateOrigin).Should().Be((FileDate, DateOrigin.FileTime));
        source.Warnings.Should().Equal("no Date header; dated by the file");
    }

    [Fact]
    public void A_message_cut_off_inside_its_multipart_keeps_what_arrived()
    {
        var cut = Multipart[..(Multipart.IndexOf("Caf=E9", StringComparison.Ordinal) + 10)];

        var source = ReadEml(cut);

        source.Segments[0].Text.Should().StartWith("Café at");
    }

    [Fact]
    public void A_file_that_is_not_a_message_is_rejected_in_one_line()
    {
        var problem = Rejected(Encoding.UTF8.GetBytes("just some words\nand more\n"), "note.eml");

        problem.Reason.Should().StartWith("not an email MimeKit can read").And.NotContain("\n");
    }

    [Fact]
    public void A_message_with_neither_text_nor_attachment_is_rejected()
    {
        var problem = Rejected(Encoding.UTF8.GetBytes("From: a@example.com\nSubject: Empty\nDate: Thu, 11 Dec 2025 17:39:08 +0000\n\n\n"), "empty.eml");

        problem.Should().Be(new Problem("empty.eml", "the email has no text and no attachment"));
    }

    [Fact]
    public void A_message_saved_without_the_eml_extension_is_recognised_by_its_headers()
    {
        var source = Read(Multipart, "Inbox/Email/saved message.txt");

        source.Format.Should().Be("eml");
    }

    [Fact]
    public void The_same_message_under_another_name_is_the_same_thread_and_source()
    {
        var first = ReadEml(Multipart, "a.eml");

        var second = ReadEml(Multipart.Replace("\n", "\r\n", StringComparison.Ordinal), "b.eml");

        (second.Email!.Identity, second.Sha256).Should().Be((first.Email!.Identity, first.Sha256));
    }

    [Fact]
    public void Any_bytes_named_eml_give_a_result_and_never_an_exception()
    {
        Gen.Byte.Array[0, 512].Sample(bytes => SourceReader.Read("any.eml", bytes, FileDate) is ReadResult.Read or ReadResult.Rejected);
    }

    [Fact]
    public void Any_mix_of_mime_pieces_gives_a_result_and_never_an_exception()
    {
        var pieces = Gen.OneOf<string>(
            "From: A <a@b.c>\n", "Subject: =?UTF-8?B?", "?=\n", "Content-Type: multipart/mixed; boundary=x\n", "Content-Type: text/html; charset=klingon\n",
            "Content-Transfer-Encoding: base64\n", "--x\n", "--x--\n", "\n", "<p>", "&amp;", "=E9", "\r\n", "x");
        pieces.Array[0, 40].Select(parts => string.Concat(parts)).Sample(text => Result(text, "any.eml") is ReadResult.Read or ReadResult.Rejected);
    }

    private static Source ReadEml(string text, string path = "message.eml") => Read(text, path);
}
