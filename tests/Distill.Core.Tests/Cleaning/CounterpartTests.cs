using AwesomeAssertions;
using Distill.Core.Cleaning;
using Xunit;

namespace Distill.Core.Tests.Cleaning;

public sealed class CounterpartTests
{
    private const string Owner = "Jason Vallery";

    [Theory]
    [InlineData("Jai Menon", "Jai Menon")]
    [InlineData("1:1 with Jai Menon", "Jai Menon")]
    [InlineData("1:1 — Jai Menon — 2025-09-30", "Jai Menon")]
    [InlineData("Jonsi Jason 1:1", "Jonsi")]
    [InlineData("Jeff Denworth - Microsoft strategy", "Jeff Denworth")]
    [InlineData("Jason Vallery / Jai Menon", "Jai Menon")]
    public void A_title_that_names_the_other_person_gives_them(string title, string counterpart)
    {
        Counterpart.FromTitle(title, Owner).Should().Be(counterpart);
    }

    [Theory]
    [InlineData("Meeting")]
    [InlineData("New Recording")]
    [InlineData("Silk briefed Jason on its cloud storage")]
    [InlineData("Lumen weekly")]
    [InlineData("Jai Menon and Jeff Denworth")]
    [InlineData("Jason Vallery")]
    public void A_title_that_names_no_single_other_person_gives_none(string title)
    {
        Counterpart.FromTitle(title, Owner).Should().BeNull();
    }

    [Fact]
    public void Without_an_owner_a_bare_name_is_still_the_counterpart()
    {
        Counterpart.FromTitle("Jai Menon", null).Should().Be("Jai Menon");
    }
}
