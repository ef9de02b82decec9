using AwesomeAssertions;
using Distill.Core.Sources;
using Distill.Core.Sources.Email;
using Xunit;

namespace Distill.Core.Tests.Sources.Email;

public sealed class MessageTextTests
{
    private static readonly Mailbox Dana = new("Dana Okafor", "dana@example.com");

    [Fact]
    public void Blank_lines_part_paragraphs_each_on_the_file_line_it_starts_on()
    {
        var segments = Paragraphs(["Hi Marco,", "", "The plan is ready.", "It ships Friday.", "\u00A0", "\uFFFC", "Tell Ivo."], firstLine: 40);

        segments.Select(segment => (segment.Line, segment.Text)).Should().Equal(
            (40, "Hi Marco,"), (42, "The plan is ready.\nIt ships Friday."), (46, "Tell Ivo."));
    }

    [Fact]
    public void An_outlook_block_joined_by_line_separators_is_quoted_and_so_is_the_text_under_it_an_earlier_message_holds()
    {
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        Paragraphs(["Can you send the deck?"], earlier: earlier);

        var segments = Paragraphs(
            ["Sent it.", "", "From: Dana Okafor <dana@example.com>\u2028Sent: Monday, December 8, 2025 3:18 PM\u2028To: Marco Bellini <marco@example.com>", "", "Can you send the deck?"],
            sender: new Mailbox("Marco Bellini", "marco@example.com"),
            earlier: earlier);

        segments.Select(segment => (segment.Speaker, segment.Quoted)).Should().Equal(
            ("Marco Bellini", false), ("Dana Okafor", true), ("Dana Okafor", true));
    }

    [Fact]
    public void A_quoted_sentence_of_an_earlier_line_is_quoted_and_a_short_one_is_not_looked_for_inside_lines()
    {
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        Paragraphs(["Hi Jason,", "", "Legal has finished its review of the pilot contract. Two changes: the pilot runs for 60 days.", "Thanks a lot"], earlier: earlier);

        var segments = Paragraphs(
            ["Signed and sent.", "", "On Wed, Oct 15, 2025 at 9:12 AM Dana Okafor <dana@example.com> wrote:", "> Legal has finished its review", "> of the pilot contract.", "", "> Hi Jason,", "> Legal has finished its review of the pilot contract.", "", "> Thanks"],
            sender: new Mailbox("Jason Vallery", "jason@example.com"),
            earlier: earlier);

        segments.Select(segment => (segment.Text, segment.Quoted)).Should().Equal(
            ("Signed and sent.", false),
            ("On Wed, Oct 15, 2025 at 9:12 AM Dana Okafor <dana@example.com> wrote:", true),
            ("> Legal has finished its review\n> of the pilot contract.", true),
            ("> Hi Jason,\n> Legal has finished its review of the pilot contract.", true),
            ("> Thanks", false));
    }

    [Fact]
    public void A_quoted_message_no_earlier_message_holds_is_read_and_spoken_by_its_author()
    {
        var segments = Paragraphs(["Works for me.", "", "On Mon, Dec 8, 2025 at 3:18 PM Priya Raman <priya@example.org> wrote:", "Can we do Monday at 10am?"]);

        segments.Select(segment => (segment.Speaker, segment.Text, segment.Quoted)).Should().Equal(
            ("Dana Okafor", "Works for me.", false),
            ("Priya Raman", "On Mon, Dec 8, 2025 at 3:18 PM Priya Raman <priya@example.org> wrote:", true),
            ("Priya Raman", "Can we do Monday at 10am?", false));
    }

    [Fact]
    public void A_forwarded_message_is_headed_by_its_marker_and_header_block()
    {
        var segments = Paragraphs(["Please attend.", "", "---------- Forwarded message ---------", "From: Lea Rozen <lea@example.com>", "Date: Mon, Jan 5, 2026 at 2:50 PM", "Subject: Sync", "", "Agenda below."]);

        segments.Select(segment => (segment.Line, segment.Speaker, segment.Quoted)).Should().Equal(
            (1, "Dana Okafor", false), (3, "Lea Rozen", true), (8, "Lea Rozen", false));
    }

    [Fact]
    public void A_sign_off_and_the_contact_block_after_it_are_a_quoted_signature()
    {
        var segments = Paragraphs(["The plan is ready.", "Thanks,", "Dana", "", "Dana Okafor | VP Sales", "+1 555 0100 | example.com"]);

        segments.Select(segment => (segment.Text, segment.Quoted)).Should().Equal(
            ("The plan is ready.", false), ("Thanks,\nDana", true), ("Dana Okafor | VP Sales\n+1 555 0100 | example.com", true));
    }

    [Theory]
    [InlineData("-DO")]
    [InlineData("Dana")]
    [InlineData("--")]
    [InlineData("Best regards, Dana")]
    public void The_authors_name_initials_a_delimiter_or_a_closing_start_the_signature(string signOff)
    {
        var segments = Paragraphs(["The plan is ready.", "", signOff, "555 0100"]);

        segments.Select(segment => segment.Quoted).Should().Equal(false, true);
    }

    [Fact]
    public void A_sentence_that_starts_with_thanks_is_not_a_sign_off()
    {
        var segments = Paragraphs(["Thanks, will keep my slot open until I hear from you."]);

        segments.Should().ContainSingle().Which.Quoted.Should().BeFalse();
    }

    [Theory]
    [InlineData("This e-mail message is intended only for the recipient identified in the address of this message.")]
    [InlineData("You are receiving this email because you are subscribed to calendar notifications.")]
    [InlineData("Unsubscribe · Help")]
    [InlineData("Join Zoom Meeting https://example.zoom.us/j/123 Meeting ID: 123 Passcode: 456")]
    [InlineData("View meeting insights with Zoom AI Companion")]
    [InlineData("You don't often get email from dana@example.com. Learn why this is important")]
    public void Footers_notification_boilerplate_meeting_blocks_and_banners_are_quoted(string boilerplate)
    {
        var segments = Paragraphs(["The plan is ready.", "", boilerplate]);

        segments.Select(segment => segment.Quoted).Should().Equal(false, true);
    }

    private static List<Segment> Paragraphs(string[] lines, int firstLine = 1, Mailbox? sender = null, HashSet<string>? earlier = null) =>
        [.. MessageText.Paragraphs(lines, [.. Enumerable.Range(firstLine, lines.Length)], sender ?? Dana, earlier ?? new HashSet<string>(StringComparer.Ordinal))];
}
