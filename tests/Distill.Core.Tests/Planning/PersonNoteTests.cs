using AwesomeAssertions;
using Distill.Core.Planning;
using Xunit;
using YamlDotNet.Serialization;

namespace Distill.Core.Tests.Planning;

public sealed class PersonNoteTests
{
    [Fact]
    public void A_person_note_is_its_front_matter_and_a_heading()
    {
        PersonNote.Render("Jai Menon").Should().Be("---\ntype: person\ntitle: Jai Menon\naliases: []\ntags:\n  - person\n---\n# Jai Menon\n");
    }

    [Fact]
    public void A_name_that_looks_like_structure_keeps_the_note_readable()
    {
        const string name = "# Jai: \"the\" [[boss]] ---";

        var note = PersonNote.Render(name);

        var yaml = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(note[4..note.IndexOf("\n---\n", StringComparison.Ordinal)]);
        yaml["title"].Should().Be(name);
        note.Should().EndWith("\n---\n# \\# Jai: \"the\" \\[\\[boss\\]\\] ---\n");
    }
}
