using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources.Formats;

public sealed class WebVttTests
{
    [Fact]
    public void Zoom_cues_are_named_webvtt_and_give_the_speaker_before_the_colon()
    {
        var source = Read("""
            WEBVTT

            1
            00:00:02.100 --> 00:00:06.400
            Priya Raman: Morning everyone.

            2
            00:01:06.900 --> 00:01:12.000
            Marco Bellini: The EU region is ready.
            """, "weekly.vtt");

        source.Format.Should().Be("webvtt");
        source.Segments.Should().Equal(
            new Segment(At(0, 2, 100), At(0, 6, 400), "Priya Raman", "Morning everyone.", 5),
            new Segment(At(1, 6, 900), At(1, 12), "Marco Bellini", "The EU region is ready.", 9));
    }

    [Fact]
    public void Teams_voice_tags_give_the_speaker_under_uuid_cue_ids_and_unpadded_times()
    {
        var source = Read("""
            WEBVTT

            5a1f2c3d-0001-4b6e-9a1e-3c2b1a0f9e01/11-0
            0:0:1.5 --> 0:0:6.25
            <v Dana Okafor>Support needs the runbook.</v>

            5a1f2c3d-0001-4b6e-9a1e-3c2b1a0f9e01/12-0
            0:1:6.5 --> 1:0:11.2
            <v Jason Vallery>Agreed.</v>
            """, "handoff.vtt");

        source.Segments.Should().Equal(
            new Segment(At(0, 1, 500), At(0, 6, 250), "Dana Okafor", "Support needs the runbook.", 5),
            new Segment(At(1, 6, 500), At(0, 11, 200, hours: 1), "Jason Vallery", "Agreed.", 9));
    }

    [Fact]
    public void Html_entities_in_a_cue_are_decoded()
    {
        var source = Read("""
            WEBVTT

            00:00:01.000 --> 00:00:02.000
            <v Dana Okafor>Research &amp; development &lt;soon&gt;</v>
            """, "entities.vtt");

        source.Segments.Should().ContainSingle().Which.Text.Should().Be("Research & development <soon>");
    }

    [Fact]
    public void A_cue_of_several_lines_is_one_segment()
    {
        var source = Read("""
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            Priya Raman: First line
            and second line.
            """, "lines.vtt");

        source.Segments.Should().Equal(new Segment(At(0, 1), At(0, 4), "Priya Raman", "First line\nand second line.", 4));
    }

    [Fact]
    public void A_cue_with_an_unreadable_time_is_skipped_with_a_warning_naming_its_line()
    {
        var source = Read("""
            WEBVTT

            1
            00:00:01.000 --> 00:00:02.000
            Priya Raman: Kept.

            2
            00:00:75.000 --> 00:00:80.000
            Priya Raman: Lost.

            3
            00:00:09.000 --> 00:00:10.000
            Priya Raman: Kept too.
            """, "broken.vtt");

        source.Segments.Select(segment => segment.Text).Should().Equal("Kept.", "Kept too.");
        source.Warnings.Should().Equal("line 8: cue with an unreadable time skipped");
    }

    [Fact]
    public void A_cue_whose_timing_line_is_garbled_is_skipped_with_a_warning_naming_its_line()
    {
        var source = Read("""
            WEBVTT

            00:00:01.000 --> 00:00:02.000
            Priya Raman: Kept.

            00:00:0x.000 -> 00:00:04.000
            Priya Raman: Lost.

            00:00:09.000 --> 00:00:10.000
            Priya Raman: Kept too.
            """, "garbled.vtt");

        source.Segments.Select(segment => segment.Text).Should().Equal("Kept.", "Kept too.");
        source.Warnings.Should().Equal("line 6: block without a cue time skipped");
    }

    [Fact]
    public void A_block_without_a_timing_line_is_skipped_with_a_warning_naming_its_line()
    {
        var source = Read("""
            WEBVTT

            00:00:01.000 --> 00:00:02.000
            Priya Raman: Kept.

            7
            Priya Raman: Orphan text.

            00:00:09.000 --> 00:00:10.000
            Priya Raman: Kept too.
            """, "orphan.vtt");

        source.Segments.Select(segment => segment.Text).Should().Equal("Kept.", "Kept too.");
        source.Warnings.Should().Equal("line 6: block without a cue time skipped");
    }

    [Fact]
    public void Header_and_note_blocks_are_not_warned_about()
    {
        var source = Read("""
            WEBVTT Kind: captions

            NOTE exported by a meeting app

            00:00:01.000 --> 00:00:02.000
            Kept.
            """, "notes.vtt");

        source.Segments.Should().Equal(new Segment(At(0, 1), At(0, 2), null, "Kept.", 6));
        source.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_colon_in_speech_of_a_file_without_names_is_not_a_speaker()
    {
        var source = Read("""
            WEBVTT

            00:00:01.000 --> 00:00:03.000
            So the answer: yes, we ship in March.

            00:00:03.000 --> 00:00:05.000
            Then we plan the next release.

            00:00:05.000 --> 00:00:07.000
            And we tell the customers.
            """, "captions.cc.vtt");

        source.Segments[0].Should().Be(new Segment(At(0, 1), At(0, 3), null, "So the answer: yes, we ship in March.", 4));
    }
}
