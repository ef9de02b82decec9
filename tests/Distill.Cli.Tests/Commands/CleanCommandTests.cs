using AwesomeAssertions;
using Xunit;

namespace Distill.Cli.Tests.Commands;

public sealed class CleanCommandTests
{
    [Fact]
    public async Task Prints_each_turn_as_time_speaker_and_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("2025-09-30 - Priya Raman.md", """
            [00:00:01.20] Jabra Speak 710 :  Jason ValleryHey Priya, how was the offsite?

            [00:01:06.80] zoom.us : It was good. (keyboard clicking) Busy.
            """);

        var run = await CommandRun.RunAsync("clean", path);

        run.ExitCode.Should().Be(0);
        run.Output.ReplaceLineEndings("\n").Should().Be("""
            **00:01** **Jason Vallery**: Hey Priya, how was the offsite?

            **01:06** **Priya Raman**: It was good. Busy.


            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task An_empty_file_is_rejected_in_one_line_with_exit_2()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.txt", string.Empty);

        var run = await CommandRun.RunAsync("clean", path);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be($"distill: {path}: the file is empty{Environment.NewLine}");
    }

    [Fact]
    public async Task A_binary_file_is_rejected_in_one_line_with_exit_2()
    {
        using var folder = new TempFolder();
        var path = folder.Write("recording.m4a", [0x00, 0x00, 0x00, 0x20, 0x66, 0x74, 0x79, 0x70, 0x4D, 0x34, 0x41, 0x20]);

        var run = await CommandRun.RunAsync("clean", path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"distill: {path}: binary file, not text{Environment.NewLine}");
    }

    [Fact]
    public async Task A_vtt_with_a_broken_cue_keeps_the_good_ones_and_says_what_it_skipped()
    {
        using var folder = new TempFolder();
        var path = folder.Write("call.vtt", """
            WEBVTT

            1
            00:00:01.000 --> 00:00:03.000
            Priya Raman: The first cue is fine.

            2
            00:00:0x.000 --> 00:00:05.000
            Priya Raman: This one has a broken time.

            3
            00:00:06.000 --> 00:00:08.000
            Marco Bellini: The third is fine too.
            """);

        var run = await CommandRun.RunAsync("clean", path);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("The first cue is fine.").And.Contain("The third is fine too.").And.NotContain("broken time");
        run.Error.Should().StartWith($"distill: {path}: line 7:").And.Contain("skipped");
    }
}
