using AwesomeAssertions;
using CsCheck;
using Distill.Core.Entities;
using Xunit;

namespace Distill.Core.Tests.Entities;

public sealed class AliasesFileTests
{
    [Fact]
    public void Block_lists_flow_lists_and_single_names_are_read()
    {
        var (file, problem) = AliasesFile.Parse("""
            # who is who
            Maneesh Sah:
              - Manish
              - Manish Sah
            Jonsi Stefansson: [Jonsi Stephenson, Yonsi]
            Jai Menon: Jai
            Priya Raman:
            """);

        problem.Should().BeNull();
        file.ByCanonical.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["Jai Menon"] = ["Jai"],
            ["Jonsi Stefansson"] = ["Jonsi Stephenson", "Yonsi"],
            ["Maneesh Sah"] = ["Manish", "Manish Sah"],
            ["Priya Raman"] = [],
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing yet\n")]
    [InlineData("---\n...\n")]
    public void An_empty_file_has_no_aliases(string text)
    {
        AliasesFile.Parse(text).Should().Be((AliasesFile.Empty, (string?)null));
    }

    [Fact]
    public void A_nested_value_is_a_problem_naming_the_file_and_the_line()
    {
        var (file, problem) = AliasesFile.Parse("Maneesh Sah: [Manish]\nJai Menon:\n  nickname: Jai\n");

        problem.Should().Be(".distill/aliases.yaml: line 3: expected a list of names");
        file.Should().Be(AliasesFile.Empty);
    }

    [Theory]
    [InlineData("Maneesh Sah: [Manish\n")]
    [InlineData("- Manish\n- Maneesh\n")]
    [InlineData("Maneesh Sah\n")]
    [InlineData("Maneesh Sah: &a [Manish]\nJai: *a\n")]
    [InlineData("a: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n")]
    [InlineData("Maneesh Sah: [Manish]\n---\nJai: [J]\n")]
    public void Bad_yaml_is_a_problem_not_an_exception(string text)
    {
        var (file, problem) = AliasesFile.Parse(text);

        problem.Should().StartWith(".distill/aliases.yaml: line ");
        file.Should().Be(AliasesFile.Empty);
    }

    [Fact]
    public void A_file_over_the_size_cap_is_a_problem()
    {
        var (_, problem) = AliasesFile.Parse("Jai Menon: [" + new string('J', AliasesFile.MaxCharacters) + "]");

        problem.Should().Be(".distill/aliases.yaml: larger than 256 KB; ignored");
    }

    [Fact]
    public void Any_text_gives_a_file_or_a_problem_never_an_exception()
    {
        var yamlish = Gen.OneOf<string>("a", "Jai", ": ", "- ", "[", "]", "{", "}", ",", "\n", "  ", "#", "&x ", "*x", "!!str ", "'", "\"", "|", ">", "?", "---", "...", "%YAML", "\t", "é")
            .Array[0, 40].Select(string.Concat);

        Gen.OneOf(yamlish, Gen.String).Sample(text =>
        {
            var (file, problem) = AliasesFile.Parse(text);
            (problem is null || file == AliasesFile.Empty).Should().BeTrue();
        });
    }

    [Fact]
    public void Canonical_names_that_fold_to_one_key_are_one_entry()
    {
        var (file, _) = AliasesFile.Parse("Maneesh Sah: [Manish]\nMANEESH SAH: [Maneesh]\n");

        file.ByCanonical.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["Maneesh Sah"] = ["Manish", "Maneesh"] });
    }

    [Fact]
    public void With_adds_an_alias_once_whatever_its_case()
    {
        var file = AliasesFile.Empty.With("Maneesh Sah", "Manish").With("maneesh sah", "MANISH").With("Maneesh Sah", "Maneesh Sah");

        file.ByCanonical.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["Maneesh Sah"] = ["Manish"] });
    }

    [Fact]
    public void Write_sorts_names_and_says_what_the_file_is()
    {
        var file = AliasesFile.Empty.With("Maneesh Sah", "Manish").With("Jai Menon", "Jai").With("Jai Menon", "J: Menon");

        file.Write().Should().Be("""
            # Who is who: Canonical Name: [alias, ...]. Distill reads this file with the entity notes' aliases.
            Jai Menon:
            - Jai
            - "J: Menon"
            Maneesh Sah:
            - Manish

            """);
    }

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        var names = Gen.OneOf(
                Gen.OneOf<string>("Jai", "Menon", "O'Brien", "José", "e\u0301", "null", "~", "true", "1", "- x", ": y", "#z", "[a]", "{b}", "&c", "*d", "!e", "|", ">", "%", "@", "`", "\"q\"", "日本"),
                Gen.String[1, 12])
            .Array[1, 3].Select(parts => string.Join(' ', parts).Trim()).Where(name => name.Length > 0);
        var files = Gen.Select(names, names).Array[0, 6]
            .Select(pairs => pairs.Aggregate(AliasesFile.Empty, (file, pair) => file.With(pair.Item1, pair.Item2)));

        files.Sample(file =>
        {
            var (read, problem) = AliasesFile.Parse(file.Write());
            problem.Should().BeNull(file.Write());
            read.ByCanonical.Should().BeEquivalentTo(file.ByCanonical, options => options.WithStrictOrdering());
        });
    }
}
