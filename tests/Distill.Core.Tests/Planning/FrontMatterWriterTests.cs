using AwesomeAssertions;
using CsCheck;
using Distill.Core.Planning;
using Xunit;
using YamlDotNet.Serialization;

namespace Distill.Core.Tests.Planning;

public sealed class FrontMatterWriterTests
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    [Theory]
    [InlineData("2025", "title: \"2025\"")]
    [InlineData("true", "title: \"true\"")]
    [InlineData("no", "title: \"no\"")]
    [InlineData("null", "title: \"null\"")]
    [InlineData("", "title: \"\"")]
    [InlineData("12:30", "title: \"12:30\"")]
    [InlineData("[[Jai Menon]]", "title: \"[[Jai Menon]]\"")]
    [InlineData("Weekly sync", "title: Weekly sync")]
    public void Text_yaml_would_read_as_something_else_is_quoted(string value, string expected)
    {
        new FrontMatterWriter().Text("title", value).Write().Should().Be($"---\n{expected}\n---\n");
    }

    [Fact]
    public void An_empty_value_is_written_as_yaml_null()
    {
        var written = new FrontMatterWriter().Empty("last_contact").Text("type", "person").Write();

        written.Should().Be("---\nlast_contact: null\ntype: person\n---\n");
        Distill.Core.Sources.FrontMatter.Of(written, []).Values["last_contact"].Should().BeNull();
    }

    [Fact]
    public void An_empty_list_is_written_inline()
    {
        new FrontMatterWriter().List("aliases", []).Write().Should().Be("---\naliases: []\n---\n");
    }

    [Fact]
    public void Any_text_is_read_back_as_the_same_string()
    {
        Gen.String.Where(text => !text.Any(char.IsSurrogate)).Sample(text =>
        {
            var written = new FrontMatterWriter().Text("title", text).List("list", [text]).Write();

            var values = Yaml.Deserialize<Dictionary<string, object>>(written[4..^4]);

            (values["title"] ?? string.Empty).Should().Be(text);
        });
    }
}
