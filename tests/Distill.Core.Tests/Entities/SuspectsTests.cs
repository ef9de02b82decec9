using AwesomeAssertions;
using Distill.Core.Entities;
using Xunit;
using static Distill.Core.Tests.Entities.EntityNotes;

namespace Distill.Core.Tests.Entities;

public sealed class SuspectsTests
{
    [Fact]
    public void Issue_6_the_three_spellings_of_Jonsi_are_suspects()
    {
        var suspects = Suspects.Among(Registry(Person("Jonsi Stephenson"), Person("Jonsi Stefansson")), ["Yonsi"]);

        suspects.Select(suspect => (suspect.Name, suspect.Similar)).Should().BeEquivalentTo(
            [("Jonsi Stefansson", "Jonsi Stephenson"), ("Yonsi", "Jonsi Stefansson"), ("Yonsi", "Jonsi Stephenson")]);
    }

    [Fact]
    public void One_first_name_with_surnames_that_begin_alike_is_a_suspect_and_with_surnames_that_do_not_is_not()
    {
        var suspects = Suspects.Among(Registry(Person("Jonsi Stemmelsson"), Person("Jonsi Stefansson"), Person("Jason Vallery"), Person("Jason Wilder")), []);

        suspects.Select(suspect => (suspect.Name, suspect.Similar)).Should().Equal(("Jonsi Stefansson", "Jonsi Stemmelsson"));
        suspects[0].Reason.Should().StartWith("same first name, surnames begin alike");
    }

    [Fact]
    public void Issue_6_an_unresolved_first_name_is_a_suspect_for_the_person_whose_first_name_sounds_alike()
    {
        var suspect = Suspects.Among(Registry(Person("Maneesh Sah")), ["Manish"]).Should().ContainSingle().Subject;

        (suspect.Name, suspect.Similar, suspect.Reason).Should().Be(("Manish", "Maneesh Sah", "first names sound alike (Manish / Maneesh)"));
    }

    [Fact]
    public void Issue_6_Manish_Sah_and_Maneesh_Sah_are_suspects()
    {
        var suspect = Suspects.Among(Registry(Person("Maneesh Sah"), Person("Manish Sah")), []).Should().ContainSingle().Subject;

        (suspect.Name, suspect.Similar).Should().Be(("Maneesh Sah", "Manish Sah"));
        suspect.Score.Should().BeGreaterThanOrEqualTo(Suspects.Threshold);
    }

    [Fact]
    public void Issue_6_Jason_and_James_Vallery_are_only_a_suggestion()
    {
        var registry = Registry(Person("Jason Vallery"), Person("James Vallery"));

        Suspects.Among(registry, []).Select(suspect => (suspect.Name, suspect.Similar)).Should().Equal(("James Vallery", "Jason Vallery"));
        Resolver.For(registry, [["Jason Vallery", "James Vallery"]], "People").Resolve("Jason Vallery", [])!.Name.Should().Be("Jason Vallery");
    }

    [Fact]
    public void Issue_6_Kanchan_and_Akanksha_are_not_suspects()
    {
        Suspects.Among(Registry(Person("Akanksha"), Person("Kanchan")), []).Should().BeEmpty();
    }

    [Fact]
    public void Issue_6_an_unresolved_Kanchan_is_not_a_suspect_for_Akanksha()
    {
        Suspects.Among(Registry(Person("Akanksha Rao")), ["Kanchan"]).Should().BeEmpty();
    }

    [Fact]
    public void A_name_and_its_own_alias_are_not_a_pair()
    {
        var registry = Registry(Person("Maneesh Sah", aliases: ["Manish Sah"]), Person("Manish Sah"));

        Suspects.Among(registry, ["Manish"]).Select(suspect => (suspect.Name, suspect.Similar))
            .Should().Equal(("Manish", "Manish Sah"), ("Manish", "Maneesh Sah"));
    }

    [Fact]
    public void A_name_and_its_own_title_are_not_a_pair()
    {
        Suspects.Among(Registry(Person("Maneesh Sah", title: "Maneesh K Sah")), []).Should().BeEmpty();
    }

    [Fact]
    public void Placeholders_and_channels_are_never_suspects()
    {
        Suspects.Among(Registry(Person("Remo Sanchez"), Person("Zoe Ombara")), ["Remote", "Zoom", "Speaker 2"]).Should().BeEmpty();
    }

    [Fact]
    public void A_short_first_name_that_only_sounds_alike_is_not_a_suspect()
    {
        Suspects.Among(Registry(Person("Joe Smith")), ["Jay"]).Should().BeEmpty();
    }

    [Fact]
    public void Only_people_are_compared()
    {
        Suspects.Among(Registry(Note("Projects/Apollo Launch/Apollo Launch.md", "project"), Note("Projects/Apolo Launch/Apolo Launch.md", "project")), ["Apolo"])
            .Should().BeEmpty();
    }

    [Fact]
    public void Suspects_are_ordered_by_score_then_name()
    {
        var suspects = Suspects.Among(Registry(Person("Jonsi Stephenson"), Person("Jonsi Stefansson"), Person("Maneesh Sah")), ["Yonsi", "Manish"]);

        suspects.Should().BeInDescendingOrder(suspect => suspect.Score);
        suspects.Select(suspect => suspect.Name).Should().Equal("Jonsi Stefansson", "Yonsi", "Yonsi", "Manish");
    }
}
