using AwesomeAssertions;
using Distill.Core.Planning;
using Xunit;

namespace Distill.Core.Tests.Planning;

public sealed class LinkRetargetTests
{
    private static string? ManishToManeesh(WikiLink link) => link.Target == "Manish" ? "Maneesh Sah" : null;

    [Theory]
    [InlineData("[[Manish]]", "[[Maneesh Sah|Manish]]")]
    [InlineData("[[Manish|Man]]", "[[Maneesh Sah|Man]]")]
    [InlineData("[[Manish#^k3f9a2]]", "[[Maneesh Sah#^k3f9a2]]")]
    [InlineData("![[Manish]]", "![[Maneesh Sah|Manish]]")]
    [InlineData("\\[[Manish]]", "\\[[Manish]]")]
    [InlineData("[[Manisha]] and [[#^t12]]", "[[Manisha]] and [[#^t12]]")]
    public void A_link_gets_its_new_target_and_keeps_what_it_showed(string text, string expected) =>
        LinkRetarget.Apply(text, ManishToManeesh).Should().Be(expected);

    [Fact]
    public void Links_are_read_with_their_target_block_and_shown_text()
    {
        var links = WikiLink.In("see [[People/Jai Menon/Jai Menon#^k3f9a2|Jai]] and [[#^t745|12:25]]").ToList();

        links.Should().HaveCount(2);
        links[0].Should().Be(new WikiLink(4, 42, "People/Jai Menon/Jai Menon", "^k3f9a2", "Jai"));
        links[0].TargetName.Should().Be("Jai Menon");
        links[0].Block.Should().Be("k3f9a2");
        links[1].Target.Should().BeEmpty();
        links[1].Block.Should().Be("t745");
    }

    [Fact]
    public void A_region_as_distill_wrote_it_gets_a_new_hash_and_an_edited_one_stays_edited()
    {
        var generated = Region.Render("summary", "Met [[Manish]] today.\n");
        var edited = Region.Render("facts", "- [[Manish]] leads it.\n").Replace("leads it", "leads it (my words)", StringComparison.Ordinal);
        var note = "---\nparticipants:\n  - \"[[Manish]]\"\n---\n# Title\n\nMy own line about [[Manish]].\n\n" + generated + "\n" + edited;

        var rewritten = LinkRetarget.Apply(note, ManishToManeesh);

        rewritten.Should().NotContain("[[Manish]]");
        rewritten.Should().Contain("  - \"[[Maneesh Sah|Manish]]\"\n").And.Contain("My own line about [[Maneesh Sah|Manish]].");
        var regions = NoteBody.Parse(NoteText.Split(rewritten).Body).Regions.ToDictionary(region => region.Name);
        regions["summary"].IsEdited.Should().BeFalse();
        regions["summary"].Body.Should().Be("Met [[Maneesh Sah|Manish]] today.\n");
        regions["facts"].IsEdited.Should().BeTrue();
        regions["facts"].Body.Should().Be("- [[Maneesh Sah|Manish]] leads it (my words).\n");
    }

    [Fact]
    public void A_note_without_the_link_is_returned_as_it_is()
    {
        var note = "---\ntitle: x\n---\n" + Region.Render("summary", "Nothing about him.\n");

        LinkRetarget.Apply(note, ManishToManeesh).Should().BeSameAs(note);
    }
}
