using System.Text;
using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources;

public sealed class LegacyNoteTests
{
    private const string MarkedNote = """
        ---
        type: transcript
        date: '2025-10-15'
        ---

        # 1:1 — Marco Bellini — 2025-10-15

        ## Action items

        - [ ] An old task, not to be read again @Marco

        <!-- ai:transcript:start -->

        ## Transcript (auto)

        ```text
        [00:00:00.50] Parallels Desktop : Marco here.

        [00:00:07.25] Jabra Speak 710 :  Jason ValleryGreat news.
        ```

        <!-- ai:transcript:end -->

        ## Follow-ups

        - [ ] Another old task
        """;

    [Fact]
    public void A_note_with_transcript_markers_is_named_after_the_format_inside_it()
    {
        var source = Read(MarkedNote, "Inbox/old note.md");

        source.Format.Should().Be("legacy-note+macwhisper-timestamped");
    }

    [Fact]
    public void Only_the_transcript_is_read_with_the_file_line_numbers()
    {
        var source = Read(MarkedNote, "Inbox/old note.md");

        source.Segments.Should().Equal(
            new Segment(At(0, 0, 500), At(0, 7, 250), "Parallels Desktop", "Marco here.", 17),
            new Segment(At(0, 7, 250), null, "Jabra Speak 710", "Jason ValleryGreat news.", 19));
    }

    [Fact]
    public void The_old_note_heading_is_the_title_when_neither_front_matter_nor_a_dated_name_gives_one()
    {
        var source = Read(MarkedNote, "Inbox/old note.md");

        (source.Title, source.Date, source.DateOrigin).Should().Be(("1:1 — Marco Bellini — 2025-10-15", new DateOnly(2025, 10, 15), DateOrigin.FrontMatter));
    }

    [Fact]
    public void A_transcript_under_a_transcript_heading_ends_at_the_next_heading()
    {
        var source = Read("""
            # Weekly

            ## Action items
            - [ ] Not a segment

            ## Transcript (auto)
            [00:00:01.00] Remote : Hello.
            [00:00:02.00] Remote : Bye.

            ## Notes
            - [ ] Not a segment either
            """, "weekly.md");

        source.Format.Should().Be("legacy-note+macwhisper-timestamped");
        source.Segments.Should().Equal(
            new Segment(At(0, 1), At(0, 2), "Remote", "Hello.", 7),
            new Segment(At(0, 2), null, "Remote", "Bye.", 8));
    }

    [Fact]
    public void An_original_transcript_heading_holds_the_transcript()
    {
        var source = Read("""
            # Review

            ## Decisions
            - We keep option B.

            ## Original Transcript

            Thank you.
            *00:04*

            **Dana Okafor**: Option B it is.
            *00:12*
            """, "review.md");

        source.Format.Should().Be("legacy-note+macwhisper-markdown");
        source.Segments.Should().Equal(
            new Segment(At(0, 4), At(0, 12), null, "Thank you.", 8),
            new Segment(At(0, 12), null, "Dana Okafor", "Option B it is.", 11));
    }

    [Fact]
    public void A_note_whose_transcript_section_is_empty_is_rejected()
    {
        var problem = Rejected(Encoding.UTF8.GetBytes("# Old\n\n<!-- ai:transcript:start -->\n```text\n```\n<!-- ai:transcript:end -->\n"));

        problem.Should().Be(new Problem("meeting.txt", "the transcript section is empty"));
    }

    [Fact]
    public void An_old_note_with_a_template_placeholder_in_its_front_matter_takes_its_date_from_the_file_name()
    {
        var source = Read("""
            ---
            type: "1-1"
            created: { { DATE } }
            ---

            # 1:1 — Jai Menon — 2025-10-06

            ## Transcript (auto)

            [00:00:01.00] Remote : Hello.
            """, "2025-10-06 - Jai Menon.md");

        (source.Date, source.DateOrigin, source.Title, source.Segments.Length).Should().Be((new DateOnly(2025, 10, 6), DateOrigin.FileName, "Jai Menon", 1));
    }
}
