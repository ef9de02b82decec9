using System.Text;
using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;
using static Distill.Core.Tests.Sources.Sample;

namespace Distill.Core.Tests.Sources;

public sealed class DocumentFileTests
{
    private const string Plan = "---\ndate: 2025-10-02\nauthor: Dana Okafor\ntitle: Q4 offsite\n---\n# Offsite plan\n\nWe meet in Lisbon.\nThree days.\n\n## Budget\nTravel is covered.\n";

    [Fact]
    public void A_document_takes_date_author_and_title_from_its_front_matter_and_a_segment_per_paragraph_and_heading()
    {
        var source = Document(Plan);

        (source.Kind, source.Date, source.DateOrigin, source.Title, source.Author).Should().Be(
            (SourceKind.Document, new DateOnly(2025, 10, 2), DateOrigin.FrontMatter, "Q4 offsite", "Dana Okafor"));
        source.Segments.Select(segment => (segment.Line, segment.Text, segment.Speaker)).Should().Equal(
            (6, "# Offsite plan", "Dana Okafor"),
            (8, "We meet in Lisbon.\nThree days.", "Dana Okafor"),
            (11, "## Budget", "Dana Okafor"),
            (12, "Travel is covered.", "Dana Okafor"));
    }

    [Fact]
    public void Without_front_matter_a_document_is_titled_by_its_first_heading_and_dated_by_its_file()
    {
        var source = Document("Notes first.\n\n# Plan\nText.\n", "notes.txt");

        (source.Title, source.Date, source.DateOrigin, source.Author).Should().Be(("Plan", FileDate, DateOrigin.FileTime, (string?)null));
    }

    [Fact]
    public void A_document_that_reads_like_a_transcript_is_still_a_document()
    {
        Document("Jason: Let's ship it.\nDana: Agreed.\n").Kind.Should().Be(SourceKind.Document);
    }

    [Theory]
    [InlineData("---\ntitle: Empty\n---\n\n", "no text after the front matter")]
    [InlineData("\uFEFF\n", "the file is empty")]
    public void A_document_without_text_is_rejected(string text, string reason)
    {
        Read(text, "plan.md").Should().BeOfType<ReadResult.Rejected>().Which.Problem.Reason.Should().Be(reason);
    }

    [Fact]
    public void Only_markdown_and_text_files_are_documents()
    {
        Read("%PDF-1.7", "slides.pdf").Should().BeOfType<ReadResult.Rejected>().Which.Problem.Reason.Should().Contain("not a .md or .txt file");
    }

    [Fact]
    public void A_file_in_the_email_folder_that_is_no_email_is_rejected()
    {
        SourceReader.Read("notes.md", Encoding.UTF8.GetBytes("Jason: Let's ship it.\n"), FileDate, SourceKind.Email)
            .Should().BeOfType<ReadResult.Rejected>().Which.Problem.Reason.Should().Contain("neither an Apple Mail export nor an .eml message");
    }

    private static ReadResult Read(string text, string path) => SourceReader.Read(path, Encoding.UTF8.GetBytes(text), FileDate, SourceKind.Document);

    private static Source Document(string text, string path = "plan.md") => Read(text, path).Should().BeOfType<ReadResult.Read>().Subject.Source;
}
