using AwesomeAssertions;
using CsCheck;
using Distill.Core.Entities;
using Xunit;
using static Distill.Core.Tests.Entities.EntityNotes;

namespace Distill.Core.Tests.Entities;

public sealed class ResolverTests
{
    private const string People = "People";

    [Fact]
    public void A_first_name_that_is_an_alias_resolves_to_its_person()
    {
        var resolver = Resolver.For(Registry(Person("Maneesh Sah", aliases: ["Manish"])), [["Manish"]], People);

        resolver.Resolve("Manish", ["Manish"])!.Name.Should().Be("Maneesh Sah");
    }

    [Fact]
    public void An_alias_in_the_aliases_file_for_a_person_without_a_note_resolves_to_the_new_person()
    {
        var (aliases, _) = AliasesFile.Parse("Maneesh Sah: [Manish]\n");
        var resolver = Resolver.For(Core.Entities.Registry.FromVault([], aliases), [["Jai Menon", "Manish"]], People);

        resolver.Resolve("Manish", ["Jai Menon", "Manish"]).Should().Be(new Entity("Maneesh Sah", EntityKind.Person, "People/Maneesh Sah/Maneesh Sah.md"));
    }

    [Fact]
    public void Issue_6_Jason_and_James_Vallery_are_two_people()
    {
        var resolver = Resolver.For(Registry(Person("James Vallery")), [["Jason Vallery", "James Vallery"]], People);

        var jason = resolver.Resolve("Jason Vallery", ["Jason Vallery", "James Vallery"]);
        var james = resolver.Resolve("James Vallery", ["Jason Vallery", "James Vallery"]);

        (jason!.Name, james!.Name).Should().Be(("Jason Vallery", "James Vallery"));
    }

    [Fact]
    public void Issue_6_a_surname_alone_resolves_to_nobody()
    {
        var resolver = Resolver.For(Registry(Person("James Vallery")), [["Vallery"]], People);

        resolver.Resolve("Vallery", ["Vallery"]).Should().BeNull();
    }

    [Fact]
    public void Issue_6_Kanchan_is_not_Akanksha()
    {
        var resolver = Resolver.For(Registry(Person("Akanksha Rao", aliases: ["Akanksha"])), [["Kanchan", "Akanksha"]], People);

        resolver.Resolve("Kanchan", ["Kanchan", "Akanksha"]).Should().BeNull();
        resolver.NewEntities.Should().BeEmpty();
    }

    [Fact]
    public void A_first_name_resolves_to_the_participant_who_has_it()
    {
        var resolver = Resolver.For(Registry(Person("Jay Patel")), [["Jay Smith", "Priya Raman"]], People);

        resolver.Resolve("Jay", ["Jay Smith", "Priya Raman"])!.Name.Should().Be("Jay Smith");
    }

    [Fact]
    public void A_first_name_two_known_people_share_resolves_to_nobody_when_neither_is_in_the_meeting()
    {
        var resolver = Resolver.For(Registry(Person("Jay Smith"), Person("Jay Patel")), [["Priya Raman", "Jay"]], People);

        resolver.Resolve("Jay", ["Priya Raman", "Jay"]).Should().BeNull();
    }

    [Fact]
    public void A_first_name_two_participants_share_resolves_to_nobody()
    {
        var resolver = Resolver.For(Registry(Person("Jay Smith"), Person("Jay Patel")), [["Jay Smith", "Jay Patel"]], People);

        resolver.Resolve("Jay", ["Jay Smith", "Jay Patel"]).Should().BeNull();
    }

    [Fact]
    public void A_first_name_only_one_known_person_has_resolves_to_that_person()
    {
        var resolver = Resolver.For(Registry(Person("Jay Smith"), Person("Priya Raman")), [["Priya Raman"]], People);

        resolver.Resolve("Jay", ["Priya Raman"])!.Name.Should().Be("Jay Smith");
    }

    [Fact]
    public void A_first_name_of_a_title_counts_as_the_person_first_name()
    {
        var resolver = Resolver.For(Registry(Person("Sah, Maneesh", title: "Maneesh Sah")), [], People);

        resolver.Resolve("Maneesh", [])!.Name.Should().Be("Sah, Maneesh");
    }

    [Fact]
    public void A_full_name_never_resolves_by_its_first_name()
    {
        var resolver = Resolver.For(Registry(Person("Jay Smith")), [["Jay Patel"]], People);

        resolver.Resolve("Jay Patel", ["Jay Patel"])!.Name.Should().Be("Jay Patel");
    }

    [Theory]
    [InlineData("Speaker 2")]
    [InlineData("Remote")]
    [InlineData("Unknown")]
    [InlineData("MacBook Pro Microphone")]
    [InlineData("Zoom")]
    [InlineData("Microsoft Teams")]
    [InlineData("Me")]
    public void A_placeholder_or_channel_label_resolves_to_nothing_and_makes_no_entity(string label)
    {
        var resolver = Resolver.For(Registry(Person("Jay Smith")), [[label, "Jay Smith"]], People);

        resolver.Resolve(label, [label, "Jay Smith"]).Should().BeNull();
        resolver.NewEntities.Should().BeEmpty();
    }

    [Fact]
    public void A_channel_label_is_not_captured_by_an_alias()
    {
        var resolver = Resolver.For(Registry(Note("Projects/Zoom Rollout/Zoom Rollout.md", "project", aliases: ["Zoom"])), [["Zoom"]], People);

        resolver.Resolve("Zoom", ["Zoom"]).Should().BeNull();
    }

    [Fact]
    public void An_unknown_full_name_becomes_a_person_in_its_folder_note()
    {
        var resolver = Resolver.For(Core.Entities.Registry.Empty, [["Jeff Denworth"]], People);

        resolver.NewEntities.Should().Equal(new Entity("Jeff Denworth", EntityKind.Person, "People/Jeff Denworth/Jeff Denworth.md"));
        resolver.Resolve("Jeff Denworth", ["Jeff Denworth"]).Should().Be(resolver.NewEntities[0]);
    }

    [Fact]
    public void An_unknown_lone_first_name_makes_no_entity()
    {
        Resolver.For(Core.Entities.Registry.Empty, [["Vishnu"]], People).NewEntities.Should().BeEmpty();
    }

    [Fact]
    public void Spellings_that_fold_together_are_one_new_person_named_by_the_most_frequent()
    {
        var resolver = Resolver.For(Core.Entities.Registry.Empty, [["JEFF DENWORTH"], ["Jeff Denworth"], ["Jeff Denworth"], ["jeff denworth"]], People);

        resolver.NewEntities.Select(entity => entity.Name).Should().Equal("Jeff Denworth");
        resolver.Resolve("JEFF DENWORTH", [])!.Name.Should().Be("Jeff Denworth");
    }

    [Fact]
    public void A_composed_and_a_decomposed_spelling_are_one_new_person_named_in_composed_form()
    {
        var resolver = Resolver.For(Core.Entities.Registry.Empty, [["Jo\u0301nsi Stefa\u0301nsson"], ["J\u00f3nsi Stef\u00e1nsson"]], People);

        resolver.NewEntities.Select(entity => entity.Name).Should().Equal("J\u00f3nsi Stef\u00e1nsson");
    }

    [Fact]
    public void A_new_person_name_is_made_safe_for_a_path()
    {
        var resolver = Resolver.For(Core.Entities.Registry.Empty, [["Jeff Denworth Jr."]], People);

        resolver.NewEntities.Should().Equal(new Entity("Jeff Denworth Jr", EntityKind.Person, "People/Jeff Denworth Jr/Jeff Denworth Jr.md"));
    }

    [Theory]
    [InlineData("maneesh@example.com")]
    [InlineData("MANEESH@example.com")]
    [InlineData("Manish S <maneesh@example.com>")]
    [InlineData("\"Sah, Maneesh\" <maneesh@example.com>")]
    public void An_email_address_resolves_to_the_entity_with_that_address(string name)
    {
        var resolver = Resolver.For(Registry(Person("Maneesh Sah", emails: ["maneesh@example.com"])), [[name]], People);

        resolver.Resolve(name, [name])!.Name.Should().Be("Maneesh Sah");
        resolver.NewEntities.Should().BeEmpty();
    }

    [Fact]
    public void Issue_7_an_address_is_matched_before_the_name_it_comes_with()
    {
        var registry = Registry(Person("Maneesh Sah", emails: ["maneesh@example.com"]), Person("Jai Menon"));
        var resolver = Resolver.For(registry, [["Jai Menon <maneesh@example.com>"]], People);

        resolver.Resolve("Jai Menon <maneesh@example.com>", [])!.Name.Should().Be("Maneesh Sah");
    }

    [Fact]
    public void Issue_7_an_address_a_thread_gives_goes_to_the_person_its_name_resolves_to_unless_someone_has_it()
    {
        var resolver = Resolver.For(Registry(Person("Maneesh Sah", emails: ["maneesh@example.com"]), Person("Jai Menon")), [], People)
            .WithEmails([("Jai Menon", "jai@example.com"), ("Jai", "jai.menon@example.com"), ("Jai Menon", "maneesh@example.com"), ("Nobody Known", "nobody@example.com")], ["Jai Menon"]);

        resolver.Registry.EmailsOf(resolver.Registry.Find("Jai Menon")!).Should().Equal("jai.menon@example.com", "jai@example.com");
        resolver.Registry.EmailsOf(resolver.Registry.Find("Maneesh Sah")!).Should().Equal("maneesh@example.com");
        resolver.Resolve("jai@example.com", [])!.Name.Should().Be("Jai Menon");
        resolver.Resolve("nobody@example.com", []).Should().BeNull();
    }

    [Fact]
    public void An_unknown_address_with_a_full_name_makes_a_person_by_the_name()
    {
        var resolver = Resolver.For(Core.Entities.Registry.Empty, [["Jeff Denworth <jeff@example.com>"]], People);

        resolver.Resolve("Jeff Denworth <jeff@example.com>", [])!.Name.Should().Be("Jeff Denworth");
    }

    [Fact]
    public void The_new_people_are_in_the_registry()
    {
        var resolver = Resolver.For(Registry(Person("Jay Smith")), [["Jeff Denworth"]], People);

        resolver.Registry.Entities.Select(entity => entity.Name).Should().Equal("Jay Smith", "Jeff Denworth");
    }

    [Fact]
    public void The_order_of_meetings_changes_neither_the_new_people_nor_what_any_name_resolves_to()
    {
        var (aliases, _) = AliasesFile.Parse("Maneesh Sah: [Manish]\n");
        var registry = Core.Entities.Registry.FromVault([Person("Jay Patel"), Person("Jonsi Stefansson", aliases: ["Jonsi"])], aliases);
        var names = Gen.OneOf<string>(
            "Jay", "Jay Smith", "JAY SMITH", "jay smith", "Jay Patel", "Manish", "Maneesh Sah", "Maneesh", "Jonsi", "Yonsi", "Jonsi Stephenson",
            "Jo\u0301nsi Stephenson", "J\u00f3nsi Stephenson", "Kanchan", "Akanksha Rao", "Speaker 2", "Zoom", "Remote", "Jason Vallery", "James Vallery",
            "Jeff Denworth <jeff@example.com>", "jeff@example.com", "Priya", "Priya Raman", "PRIYA RAMAN");
        var meetings = names.List[0, 6].Select(list => (IReadOnlyList<string>)list).Array[1, 8];

        meetings.SelectMany(all => Gen.Shuffle(all.ToArray()).Select(shuffled => (all, shuffled))).Sample(pair =>
        {
            var (first, second) = (Resolver.For(registry, pair.all, People), Resolver.For(registry, pair.shuffled, People));

            second.NewEntities.Should().Equal(first.NewEntities);
            foreach (var meeting in pair.all)
            {
                foreach (var name in meeting)
                {
                    second.Resolve(name, [.. meeting]).Should().Be(first.Resolve(name, [.. meeting]), name);
                }
            }
        });
    }
}
