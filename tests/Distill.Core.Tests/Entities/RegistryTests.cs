using AwesomeAssertions;
using Distill.Core.Entities;
using Xunit;
using static Distill.Core.Tests.Entities.EntityNotes;

namespace Distill.Core.Tests.Entities;

public sealed class RegistryTests
{
    private static readonly Entity Maneesh = new("Maneesh Sah", EntityKind.Person, "People/Maneesh Sah/Maneesh Sah.md");

    [Fact]
    public void Title_aliases_and_emails_are_read_from_front_matter()
    {
        var registry = Registry(Person("Maneesh Sah", title: "Maneesh K. Sah", aliases: ["Manish", "Manish Sah"], emails: ["maneesh@example.com"]));

        registry.TitleOf(Maneesh).Should().Be("Maneesh K. Sah");
        registry.AliasesOf(Maneesh).Should().Equal("Manish", "Manish Sah");
        registry.EmailsOf(Maneesh).Should().Equal("maneesh@example.com");
    }

    [Theory]
    [InlineData("Maneesh Sah")]
    [InlineData("Maneesh K. Sah")]
    [InlineData("Manish")]
    public void An_entity_is_found_by_its_file_name_title_and_aliases(string name)
    {
        var registry = Registry(Person("Maneesh Sah", title: "Maneesh K. Sah", aliases: ["Manish"]));

        registry.Find(name).Should().Be(Maneesh);
    }

    [Fact]
    public void Notes_that_are_not_entities_are_not_in_the_registry()
    {
        var registry = Registry(Note("Meetings/2025/2025-09-30 - Sync.md", "meeting", title: "Sync"), Person("Maneesh Sah"));

        registry.Entities.Should().Equal(Maneesh);
    }

    [Fact]
    public void Projects_and_customers_are_entities_of_their_kind()
    {
        var registry = Registry(Note("Projects/Apollo/Apollo.md", "project"), Note("Customers/Northwind/Northwind.md", "customer"));

        registry.Entities.Select(entity => (entity.Name, entity.Kind)).Should().Equal(("Apollo", EntityKind.Project), ("Northwind", EntityKind.Customer));
    }

    [Fact]
    public void Without_a_title_the_title_is_the_name()
    {
        Registry(Person("Maneesh Sah")).TitleOf(Maneesh).Should().Be("Maneesh Sah");
    }

    [Fact]
    public void The_aliases_file_adds_aliases()
    {
        var (aliases, _) = AliasesFile.Parse("Maneesh Sah: [Manish, Maneesh]\n");

        var registry = Core.Entities.Registry.FromVault([Person("Maneesh Sah", aliases: ["Manish Sah"])], aliases);

        registry.AliasesOf(Maneesh).Should().Equal("Maneesh", "Manish", "Manish Sah");
        registry.Find("Maneesh").Should().Be(Maneesh);
    }

    [Fact]
    public void Aliases_exclude_the_entity_own_name_and_title_and_repeat_no_name()
    {
        var (aliases, _) = AliasesFile.Parse("Maneesh Sah: [MANISH, maneesh sah]\n");

        var registry = Core.Entities.Registry.FromVault([Person("Maneesh Sah", title: "Maneesh K. Sah", aliases: ["Manish", "Maneesh K. Sah"])], aliases);

        registry.AliasesOf(Maneesh).Should().Equal("MANISH");
    }

    [Fact]
    public void An_aliases_file_entry_whose_canonical_is_the_title_applies_to_the_entity()
    {
        var (aliases, _) = AliasesFile.Parse("Maneesh K. Sah: [Manish]\n");

        var registry = Core.Entities.Registry.FromVault([Person("Maneesh Sah", title: "Maneesh K. Sah")], aliases);

        registry.Find("Manish").Should().Be(Maneesh);
    }

    [Fact]
    public void An_alias_of_a_canonical_name_without_a_note_resolves_once_the_name_gets_one()
    {
        var (aliases, _) = AliasesFile.Parse("Maneesh Sah: [Manish]\n");
        var registry = Core.Entities.Registry.FromVault([], aliases);

        registry.Find("Manish").Should().BeNull();
        registry.With(Maneesh, [Maneesh.Name]).Find("Manish").Should().Be(Maneesh);
    }

    [Theory]
    [InlineData("maneesh sah")]
    [InlineData("MANEESH SAH")]
    [InlineData("manish")]
    public void Lookups_fold_case(string name)
    {
        Registry(Person("Maneesh Sah", aliases: ["Manish"])).Find(name).Should().Be(Maneesh);
    }

    [Fact]
    public void Lookups_fold_unicode_normalisation()
    {
        const string Composed = "Jos\u00e9 Garc\u00eda";
        const string Decomposed = "Jose\u0301 Garci\u0301a";

        var registry = Registry(Person(Composed));

        registry.Find(Decomposed).Should().Be(registry.Entities.Single());
    }

    [Fact]
    public void A_decomposed_alias_finds_its_composed_spelling()
    {
        var registry = Registry(Person("Jonsi Stefansson", aliases: ["Jo\u0301nsi"]));

        registry.Find("J\u00f3nsi")!.Name.Should().Be("Jonsi Stefansson");
    }

    [Theory]
    [InlineData("maneesh@example.com")]
    [InlineData("Maneesh@Example.COM")]
    [InlineData(" maneesh@example.com ")]
    public void An_email_address_finds_its_entity_without_case(string address)
    {
        Registry(Person("Maneesh Sah", emails: ["maneesh@example.com"])).FindByEmail(address).Should().Be(Maneesh);
    }

    [Fact]
    public void A_name_two_notes_claim_keeps_the_note_first_by_path()
    {
        var first = Person("Jai Menon", aliases: ["Jai"]);
        var second = Person("Jai Patel", aliases: ["Jai"]);

        Registry(second, first).Find("Jai")!.Name.Should().Be("Jai Menon");
    }

    [Fact]
    public void Entities_are_ordered_by_name()
    {
        Registry(Person("Zoe Adams"), Person("Adam Zola"), Person("Maneesh Sah")).Entities.Select(entity => entity.Name)
            .Should().Equal("Adam Zola", "Maneesh Sah", "Zoe Adams");
    }

    [Fact]
    public void From_notes_is_the_vault_without_an_aliases_file()
    {
        var notes = new[] { Person("Maneesh Sah", aliases: ["Manish"]) };

        Core.Entities.Registry.FromNotes(notes).Find("Manish").Should().Be(Core.Entities.Registry.FromVault(notes, AliasesFile.Empty).Find("Manish"));
    }

    [Fact]
    public void A_blank_name_finds_nothing()
    {
        Registry(Person("Untitled")).Find(" ").Should().BeNull();
    }
}
