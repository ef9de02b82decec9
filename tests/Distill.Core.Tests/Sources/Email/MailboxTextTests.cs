using AwesomeAssertions;
using CsCheck;
using Distill.Core.Sources.Email;
using Xunit;

namespace Distill.Core.Tests.Sources.Email;

public sealed class MailboxTextTests
{
    [Theory]
    [InlineData("Lior Genzel <lior.genzel@example.com>", "Lior Genzel", "lior.genzel@example.com")]
    [InlineData("\"Lior Genzel\" <lior.genzel@example.com>", "Lior Genzel", "lior.genzel@example.com")]
    [InlineData("Jonsi Stefansson (via Google Slides) <drive-shares@example.com>", "Jonsi Stefansson (via Google Slides)", "drive-shares@example.com")]
    [InlineData("Mordechai Blaunstein (mordechai@example.com)", "Mordechai Blaunstein", "mordechai@example.com")]
    [InlineData("deanna.berar@example.com <deanna.berar@example.com>", "deanna.berar@example.com", "deanna.berar@example.com")]
    [InlineData("jeff@example.com", "jeff@example.com", "jeff@example.com")]
    [InlineData("Jason\u00A0Vallery", "Jason Vallery", null)]
    public void One_person_is_read_with_name_and_address(string text, string name, string? address)
    {
        MailboxText.One(text).Should().Be(new Mailbox(name, address));
    }

    [Fact]
    public void Words_that_are_not_a_name_are_nobody()
    {
        MailboxText.One("the team, with thanks.").Should().BeNull();
    }

    [Fact]
    public void An_outlook_list_is_split_at_semicolons()
    {
        MailboxText.List("Sushant Rewaskar <sushantr@example.com>; lior.genzel <lior.genzel@example.com>").Should().Equal(
            new Mailbox("Sushant Rewaskar", "sushantr@example.com"),
            new Mailbox("lior.genzel", "lior.genzel@example.com"));
    }

    [Fact]
    public void A_gmail_list_is_split_at_commas_but_not_inside_a_quoted_name()
    {
        MailboxText.List("\"Vallery, Jason\" <jason@example.com>, Ann Lee <ann@example.com>").Should().Equal(
            new Mailbox("Vallery, Jason", "jason@example.com"),
            new Mailbox("Ann Lee", "ann@example.com"));
    }

    [Fact]
    public void Names_without_addresses_in_a_list_are_kept()
    {
        MailboxText.List("Jason Vallery; Jeff Denworth").Should().Equal(new Mailbox("Jason Vallery", null), new Mailbox("Jeff Denworth", null));
    }

    [Fact]
    public void Tidy_text_has_single_plain_spaces_and_no_invisible_characters_whatever_it_started_with()
    {
        var characters = Gen.OneOf<char>('a', ' ', '\t', '\r', '\u00A0', '\u202F', '\u2028', '\u3000', '\uFEFF', '\uFFFC', '\u200B');

        characters.Array[0, 30].Select(chars => new string(chars)).Sample(text =>
            MailboxText.Tidy(text) is var tidy
            && !tidy.Contains("  ", StringComparison.Ordinal)
            && tidy == tidy.Trim()
            && tidy.All(c => c is 'a' or ' '));
    }

    [Fact]
    public void One_person_seen_twice_is_kept_once_with_the_full_name()
    {
        var people = MailboxText.Distinct([new Mailbox("lior.genzel", "lior.genzel@example.com"), new Mailbox("Ann Lee", null), new Mailbox("Lior Genzel", "LIOR.GENZEL@example.com")]);

        people.Should().Equal(new Mailbox("Lior Genzel", "LIOR.GENZEL@example.com"), new Mailbox("Ann Lee", null));
    }
}
