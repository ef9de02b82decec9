using AwesomeAssertions;
using Distill.Core.Entities;
using Xunit;

namespace Distill.Core.Tests.Entities;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Jason Vallery")]
    [InlineData("Ludwig van Beethoven")]
    [InlineData("Maria de la Cruz")]
    [InlineData("Sean O'Brien")]
    [InlineData("Gianna d'Angelo")]
    [InlineData("Jean-Luc Picard")]
    [InlineData("Jason T. Vallery")]
    [InlineData("Jónsi Stefánsson")]
    [InlineData("Jo\u0301nsi Stefa\u0301nsson")]
    [InlineData("Ælfrida Østergaard")]
    [InlineData("JOHN SMITH")]
    public void A_person_full_name(string name)
    {
        PersonNames.IsFullName(name).Should().BeTrue();
    }

    [Theory]
    [InlineData("Manish")]
    [InlineData("jason vallery")]
    [InlineData("Jason vallery")]
    [InlineData("Speaker 2")]
    [InlineData("Agent 47")]
    [InlineData("MacBook Pro Microphone")]
    [InlineData("Microsoft Teams")]
    [InlineData("Google Meet")]
    [InlineData("Realtek High Definition Audio")]
    [InlineData("Apple Inc.")]
    [InlineData("Jason Vallery <jason@example.com>")]
    [InlineData("VAST Data")]
    [InlineData("Rocky Mountain AI Interest Group RMAIIG")]
    [InlineData("Google Cloud Support Team")]
    [InlineData("Partner Notifications")]
    [InlineData("Anna Maria Luisa Teresa Rossi")]
    public void Not_a_full_name(string name)
    {
        PersonNames.IsFullName(name).Should().BeFalse();
    }

    [Theory]
    [InlineData("Speaker 2")]
    [InlineData("Remote")]
    [InlineData("Unknown")]
    [InlineData("Me")]
    [InlineData("MacBook Pro Microphone")]
    [InlineData("Zoom")]
    [InlineData("zoom.us")]
    [InlineData("Microsoft Teams")]
    [InlineData("Realtek(R) Audio")]
    [InlineData("jason@example.com")]
    [InlineData("J")]
    [InlineData("J.")]
    [InlineData("  ")]
    public void Never_an_entity(string name)
    {
        PersonNames.CanBeEntity(name).Should().BeFalse();
    }

    [Theory]
    [InlineData("Manish")]
    [InlineData("Jay Smith")]
    [InlineData("Al")]
    public void Can_be_an_entity(string name)
    {
        PersonNames.CanBeEntity(name).Should().BeTrue();
    }

    [Theory]
    [InlineData("Jay Smith", "Jay")]
    [InlineData("Manish", "Manish")]
    [InlineData(" Jean-Luc  Picard ", "Jean-Luc")]
    [InlineData("Speaker 2", null)]
    public void First_name_is_the_first_word_of_a_person_name(string name, string? expected)
    {
        PersonNames.FirstName(name).Should().Be(expected);
    }
}
