using AwesomeAssertions;
using Distill.Core.Planning;
using Xunit;

namespace Distill.Core.Tests.Planning;

public sealed class EntityLinksTests
{
    private static readonly EntityLinks Links = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Jai"] = "Jai Menon",
        ["Jai Menon"] = "Jai Menon",
        ["AC/DC"] = "AC/DC",
    });

    [Fact]
    public void The_longest_name_wins()
    {
        Links.Prose("Jai Menon and Jai agreed").Should().Be("[[Jai Menon]] and [[Jai Menon|Jai]] agreed");
    }

    [Fact]
    public void Only_whole_words_are_names()
    {
        Links.Prose("Jaipur is not Jai's").Should().Be("Jaipur is not [[Jai Menon|Jai]]'s");
    }

    [Fact]
    public void A_link_targets_the_entitys_safe_name_and_shows_the_name()
    {
        Links.Prose("Play AC/DC").Should().Be("Play [[AC-DC|AC/DC]]");
    }

    [Fact]
    public void Text_around_links_is_escaped()
    {
        Links.Prose("# Jai [[x]]").Should().Be(@"\# [[Jai Menon|Jai]] \[\[x\]\]");
    }

    [Fact]
    public void A_name_the_map_does_not_know_has_no_entity()
    {
        Links.EntityOf("Speaker 1").Should().BeNull();
    }
}
