using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources.Formats;

public sealed class MacWhisperTimestampedTests
{
    [Fact]
    public void The_layout_is_named_macwhisper_timestamped()
    {
        var source = Read("[00:00:01.50] Parallels Desktop : Hello there.\n");

        source.Format.Should().Be("macwhisper-timestamped");
    }

    [Fact]
    public void A_label_before_a_spaced_colon_is_the_speaker()
    {
        var source = Read("""
            [00:12:11.22] Parallels Desktop : Can you hear me now?

            [00:12:15.50] Parallels Desktop : Good, let's start.
            """);

        source.Segments.Should().Equal(
            new Segment(At(12, 11, 220), At(12, 15, 500), "Parallels Desktop", "Can you hear me now?", 1),
            new Segment(At(12, 15, 500), null, "Parallels Desktop", "Good, let's start.", 3));
    }

    [Fact]
    public void A_label_before_a_bare_colon_is_the_speaker_when_it_starts_several_lines()
    {
        var source = Read("""
            [00:00:00.25] Jabra Speak 710: Jason ValleryThat was strange.
            [00:00:04.75] Jabra Speak 710: Jason ValleryAnyway, how is it going?
            """);

        source.Segments.Should().Equal(
            new Segment(At(0, 0, 250), At(0, 4, 750), "Jabra Speak 710", "Jason ValleryThat was strange.", 1),
            new Segment(At(0, 4, 750), null, "Jabra Speak 710", "Jason ValleryAnyway, how is it going?", 2));
    }

    [Fact]
    public void A_device_label_keeps_the_name_glued_behind_it_in_the_text()
    {
        var source = Read("[00:01:48.50] Jabra Speak 710 :  Jason ValleryYeah, sorry about that.\n");

        source.Segments.Should().Equal(new Segment(At(1, 48, 500), null, "Jabra Speak 710", "Jason ValleryYeah, sorry about that.", 1));
    }

    [Fact]
    public void A_line_without_a_label_has_no_speaker_and_keeps_the_glued_name_for_the_cleaner()
    {
        var source = Read("""
            [00:00:04.50]  Jason ValleryWell, I can fix that too.
            [00:00:06.75]   RemoteThis is the problem.
            """);

        source.Segments.Should().Equal(
            new Segment(At(0, 4, 500), At(0, 6, 750), null, "Jason ValleryWell, I can fix that too.", 1),
            new Segment(At(0, 6, 750), null, null, "RemoteThis is the problem.", 2));
    }

    [Fact]
    public void A_line_without_a_timestamp_continues_the_segment_above()
    {
        var source = Read("""
            [00:00:01.00] Remote : The first part
            and the rest of it.
            [00:00:09.00] Remote : Next.
            """);

        source.Segments[0].Should().Be(new Segment(At(0, 1), At(0, 9), "Remote", "The first part\nand the rest of it.", 1));
    }

    [Fact]
    public void A_colon_said_once_inside_speech_is_not_a_label()
    {
        var source = Read("""
            [00:00:01.00] Note: this call is recorded.
            [00:00:05.00] Fine by me.
            """);

        source.Segments[0].Should().Be(new Segment(At(0, 1), At(0, 5), null, "Note: this call is recorded.", 1));
    }

    [Fact]
    public void A_label_with_a_dot_in_it_is_the_speaker()
    {
        var source = Read("[00:00:00.50] zoom.us : Recording in progress.\n");

        source.Segments.Should().Equal(new Segment(At(0, 0, 500), null, "zoom.us", "Recording in progress.", 1));
    }

    [Fact]
    public void Text_before_the_first_timestamp_is_skipped_with_a_warning_naming_its_line()
    {
        var source = Read("""
            stray header
            [00:00:01.00] Remote : Hello.
            [00:00:02.00] Remote : Hi.
            """);

        source.Segments.Should().HaveCount(2);
        source.Warnings.Should().ContainSingle().Which.Should().Be("line 1: text before the first timestamp skipped");
    }
}
