using AwesomeAssertions;
using Distill.Core.Sources;
using Xunit;

namespace Distill.Core.Tests.Sources;

public sealed class FrontMatterTests
{
    [Fact]
    public void Keys_are_read_and_the_body_starts_after_the_closing_line()
    {
        var warnings = new List<string>();

        var frontMatter = FrontMatter.Read(["---", "title: Lumen planning", "date: 2025-10-15", "time: 9:05", "---", "body"], warnings);

        (frontMatter.Text("title"), frontMatter.Date("date"), frontMatter.Time("time"), frontMatter.BodyStartIndex)
            .Should().Be(("Lumen planning", new DateOnly(2025, 10, 15), new TimeOnly(9, 5), 5));
        warnings.Should().BeEmpty();
    }

    [Fact]
    public void Text_without_a_first_dashes_line_has_no_front_matter()
    {
        var frontMatter = FrontMatter.Read(["title: not front matter", "---"], []);

        (frontMatter.Values.Count, frontMatter.BodyStartIndex).Should().Be((0, 0));
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_read_as_text_with_a_warning()
    {
        var warnings = new List<string>();

        var frontMatter = FrontMatter.Read(["---", "title: open", "and then speech"], warnings);

        frontMatter.BodyStartIndex.Should().Be(0);
        warnings.Should().Equal("front matter not closed; read as text");
    }

    [Fact]
    public void Yaml_that_makes_the_parser_throw_is_reported_and_ignored()
    {
        var warnings = new List<string>();

        var frontMatter = FrontMatter.Read(["---", ":", "- :", "---", "body"], warnings);

        (frontMatter.Values.Count, frontMatter.BodyStartIndex).Should().Be((0, 4));
        warnings.Should().ContainSingle().Which.Should().Contain("front matter").And.EndWith("ignored");
    }

    [Fact]
    public void Brackets_nested_a_hundred_thousand_deep_are_reported_and_ignored_without_overflowing_the_stack()
    {
        var warnings = new List<string>();

        var frontMatter = FrontMatter.Read(["---", "a: " + new string('[', 100_000) + new string(']', 100_000), "---", "body"], warnings);

        frontMatter.Values.Should().BeEmpty();
        warnings.Should().Equal("front matter larger than 64 KB ignored");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_reported_and_ignored()
    {
        var warnings = new List<string>();

        var frontMatter = FrontMatter.Read(["---", "a: " + new string('[', 1000) + new string(']', 1000), "---", "body"], warnings);

        (frontMatter.Values.Count, frontMatter.BodyStartIndex).Should().Be((0, 3));
        warnings.Should().Equal("front matter nested deeper than 32 levels ignored");
    }

    [Fact]
    public void Closing_brackets_in_a_comment_do_not_hide_deep_nesting_after_them()
    {
        var warnings = new List<string>();

        var frontMatter = FrontMatter.Read(["---", "# " + new string(']', 1000), "a: " + new string('[', 100) + new string(']', 100), "---", "body"], warnings);

        frontMatter.Values.Should().BeEmpty();
        warnings.Should().Equal("front matter nested deeper than 32 levels ignored");
    }

    [Fact]
    public void Front_matter_larger_than_64_KB_is_reported_and_ignored()
    {
        var warnings = new List<string>();
        var lines = new List<string> { "---" };
        lines.AddRange(Enumerable.Range(0, 2000).Select(i => $"key{i}: {new string('x', 40)}"));
        lines.AddRange(["---", "body"]);

        var frontMatter = FrontMatter.Read(lines, warnings);

        (frontMatter.Values.Count, frontMatter.BodyStartIndex).Should().Be((0, 0));
        warnings.Should().Equal("front matter larger than 64 KB ignored");
    }

    [Fact]
    public void A_template_placeholder_left_in_an_old_note_does_not_lose_the_other_keys()
    {
        var warnings = new List<string>();

        var frontMatter = FrontMatter.Read(["---", "type: \"1-1\"", "created: { { DATE } }", "status: \"done\"", "tags: [meeting, \"1-1\"]", "---", "body"], warnings);

        (frontMatter.Text("type"), frontMatter.Text("status"), frontMatter.Date("created"), frontMatter.BodyStartIndex).Should().Be(("1-1", "done", (DateOnly?)null, 6));
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_no_date()
    {
        var frontMatter = FrontMatter.Read(["---", "date: soon", "time: later", "---"], []);

        (frontMatter.Date("date"), frontMatter.Time("time")).Should().Be(((DateOnly?)null, (TimeOnly?)null));
    }
}
