using System.Text;
using AwesomeAssertions;
using Distill.Core.Sources;
using Distill.Core.Sources.Formats;

namespace Distill.Core.Tests.Sources;

/// <summary>Text a test writes for itself, read as a file would be, without touching the disk.</summary>
internal static class Sample
{
    /// <summary>The modification date a test's file is given; no test text or name carries it.</summary>
    public static readonly DateOnly FileDate = new(2024, 3, 9);

    public static ReadResult Result(string text, string path = "meeting.txt") =>
        SourceReader.Read(path, Encoding.UTF8.GetBytes(text), FileDate);

    public static Source Read(string text, string path = "meeting.txt") =>
        Result(text, path).Should().BeOfType<ReadResult.Read>().Subject.Source;

    public static Problem Rejected(byte[] bytes, string path = "meeting.txt") =>
        SourceReader.Read(path, bytes, FileDate).Should().BeOfType<ReadResult.Rejected>().Subject.Problem;

    /// <summary>Text as a Windows program saves it, from the platform's own code page table.</summary>
    public static byte[] InWindows1252(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

    public static TranscriptText Lines(string text) => new([.. text.Split('\n')], FirstLine: 1);

    public static TimeSpan At(int minutes, int seconds, int milliseconds = 0, int hours = 0) => new(0, hours, minutes, seconds, milliseconds);
}
