using System.Text;
using AwesomeAssertions;
using CsCheck;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources;

public sealed class SourceReaderTests
{
    private const string Speech = "[00:00:01.00] Remote : Hello there.\n";

    [Fact]
    public void Front_matter_date_title_and_time_win_over_the_file_name()
    {
        var source = Read("---\ndate: 2025-10-15\ntitle: Lumen planning\ntime: '14:30'\n---\n" + Speech, "Inbox/2025-09-01 08 15 - Other.md");

        (source.Date, source.DateOrigin, source.Time, source.Title).Should().Be((new DateOnly(2025, 10, 15), DateOrigin.FrontMatter, new TimeOnly(14, 30), "Lumen planning"));
    }

    [Fact]
    public void The_file_name_gives_date_time_and_title_without_the_minutes_when_there_is_no_front_matter()
    {
        var source = Read(Speech, "Inbox/2025-10-27 09 30 - Jeff.md");

        (source.Date, source.DateOrigin, source.Time, source.Title).Should().Be((new DateOnly(2025, 10, 27), DateOrigin.FileName, new TimeOnly(9, 30), "Jeff"));
    }

    [Fact]
    public void Front_matter_without_a_date_leaves_the_date_to_the_file_name()
    {
        var source = Read("---\ntitle: Lumen planning\n---\n" + Speech, "2025-09-30 - Priya Raman.md");

        (source.Date, source.DateOrigin, source.Title).Should().Be((new DateOnly(2025, 9, 30), DateOrigin.FileName, "Lumen planning"));
    }

    [Fact]
    public void The_file_date_is_used_when_neither_content_nor_name_has_one()
    {
        var source = Read(Speech, "Weekly sync.txt");

        (source.Date, source.DateOrigin, source.Time, source.Title).Should().Be((FileDate, DateOrigin.FileTime, (TimeOnly?)null, "Weekly sync"));
    }

    [Fact]
    public void The_source_keeps_the_path_it_was_given_and_is_a_transcript()
    {
        var source = Read(Speech, "Inbox/x.txt");

        (source.Path, source.Kind).Should().Be(("Inbox/x.txt", SourceKind.Transcript));
    }

    [Fact]
    public void A_transcript_has_no_quoted_segment()
    {
        var source = Read("**Dana Okafor**: Thanks,\n**Dana Okafor**: From: Marco Bellini <marco@example.com> Sent: Monday\n", "Inbox/x.md");

        source.Segments.Should().NotBeEmpty().And.OnlyContain(segment => !segment.Quoted);
    }

    [Fact]
    public void An_empty_file_is_rejected_as_empty()
    {
        var problem = Rejected([]);

        problem.Should().Be(new Problem("meeting.txt", "the file is empty"));
    }

    [Fact]
    public void A_file_of_only_whitespace_is_rejected_as_empty()
    {
        var problem = Rejected(Encoding.UTF8.GetBytes("  \n\t\r\n   \n"));

        problem.Should().Be(new Problem("meeting.txt", "the file is empty"));
    }

    [Fact]
    public void A_file_of_only_unicode_whitespace_is_rejected_as_empty()
    {
        var problem = Rejected(Encoding.UTF8.GetBytes("\uFEFF\u00A0\u3000\n"));

        problem.Should().Be(new Problem("meeting.txt", "the file is empty"));
    }

    [Fact]
    public void A_file_with_nul_bytes_is_rejected_as_binary()
    {
        var problem = Rejected([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        problem.Should().Be(new Problem("meeting.txt", "binary file, not text"));
    }

    [Fact]
    public void Front_matter_with_nothing_after_it_is_rejected()
    {
        var problem = Rejected(Encoding.UTF8.GetBytes("---\ntitle: Empty\n---\n\n"));

        problem.Should().Be(new Problem("meeting.txt", "no text after the front matter"));
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_rejected_naming_its_size()
    {
        var path = Path.Combine(Path.GetTempPath(), $"distill-{Guid.NewGuid():N}.txt");
        try
        {
            using (var file = File.Create(path))
            {
                var line = Encoding.ASCII.GetBytes("[00:00:01.00] Remote : words words words words words words words.\n");
                for (long written = 0; written < 50L * 1024 * 1024; written += line.Length)
                {
                    file.Write(line);
                }
            }

            var result = SourceReader.Read(path);

            result.Should().BeOfType<ReadResult.Rejected>().Which.Problem.Should().Be(new Problem(path, "50.0 MB is larger than the 20 MB a source can be"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_rejected_as_missing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"distill-{Guid.NewGuid():N}-absent.txt");

        var result = SourceReader.Read(path);

        result.Should().BeOfType<ReadResult.Rejected>().Which.Problem.Should().Be(new Problem(path, "no such file"));
    }

    [Fact]
    public void Windows_1252_text_is_decoded_with_a_warning_naming_the_encoding()
    {
        var bytes = InWindows1252("Se\u00F1or Mu\u00F1oz said \u201Cs\u00ED\u201D at the caf\u00E9.");

        var result = SourceReader.Read("cafe.txt", bytes, FileDate);

        var source = result.Should().BeOfType<ReadResult.Read>().Subject.Source;
        source.Segments.Should().ContainSingle().Which.Text.Should().Be("Se\u00F1or Mu\u00F1oz said \u201Cs\u00ED\u201D at the caf\u00E9.");
        source.Warnings.Should().Equal("not valid UTF-8; read as windows-1252");
    }

    [Fact]
    public void A_utf16_file_with_a_byte_order_mark_is_read_with_a_warning_naming_utf16()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Speech)).ToArray();

        var source = SourceReader.Read("meeting.txt", bytes, FileDate).Should().BeOfType<ReadResult.Read>().Subject.Source;

        source.Segments.Should().Equal(new Segment(At(0, 1), null, "Remote", "Hello there.", 1));
        source.Warnings.Should().Equal("not valid UTF-8; read as utf-16");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_part_of_the_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n")).ToArray();

        var source = SourceReader.Read("meeting.vtt", bytes, FileDate).Should().BeOfType<ReadResult.Read>().Subject.Source;

        source.Format.Should().Be("webvtt");
    }

    [Fact]
    public void Crlf_and_bare_cr_line_endings_give_the_same_segments_and_lines_as_lf()
    {
        var lf = Read("[00:00:01.00] Remote : One.\n\n[00:00:02.00] Remote : Two.\n");

        var crlf = Read("[00:00:01.00] Remote : One.\r\n\r\n[00:00:02.00] Remote : Two.\r\n");
        var cr = Read("[00:00:01.00] Remote : One.\r\r[00:00:02.00] Remote : Two.\r");

        crlf.Segments.Should().Equal(lf.Segments);
        cr.Segments.Should().Equal(lf.Segments);
    }

    [Fact]
    public void Any_bytes_give_a_result_and_never_an_exception()
    {
        Gen.Byte.Array[0, 512].Sample(bytes => SourceReader.Read("any.txt", bytes, FileDate) is ReadResult.Read or ReadResult.Rejected);
    }

    [Fact]
    public void Any_text_gives_a_result_and_never_an_exception()
    {
        var pieces = Gen.OneOf<string>("---\n", "[00:00:01.00] ", "WEBVTT\n", "-->", " : ", "**A**: ", "*00:01*\n", "{\"segments\": [", "\n", "\r", "Name  0:34\n", "<v A>", "x", "\u00E9");
        pieces.Array[0, 40].Select(parts => string.Concat(parts)).Sample(text => Result(text) is ReadResult.Read or ReadResult.Rejected);
    }
}
