using AwesomeAssertions;
using Distill.Core.Sources.Email;
using Xunit;

namespace Distill.Core.Tests.Sources.Email;

public sealed class NotificationTests
{
    private static readonly Mailbox Dana = new("Dana Okafor", "dana@example.com");

    [Theory]
    [InlineData("Presentation shared with you: \"Plan.pptx\"")]
    [InlineData("Share request for \"Plan.docx\"")]
    [InlineData("Accepted: Dana/Jason - Sync @ Fri Jan 2, 2026 1pm - 2pm")]
    [InlineData("Invitation: Jason / Dana @ Mon Jan 5, 2026 11:30am")]
    [InlineData("RFE Alert: RFE 0482 - Existing Feature Enhancement")]
    [InlineData("Loss Alert: $500,000.00 - Contoso has been updated")]
    public void A_subject_a_service_writes_is_automated(string subject)
    {
        Notification.IsAutomated(Dana, subject, ["Some text."]).Should().BeTrue();
    }

    [Theory]
    [InlineData("Slice", "no-reply@example.com")]
    [InlineData("Dana Okafor (via Google Slides)", "drive-shares-dm-noreply@google.com")]
    [InlineData("Dana Okafor via LinkedIn", "messages@linkedin.com")]
    [InlineData("Meetup", "info@email.meetup.com")]
    public void A_service_sender_is_automated(string name, string address)
    {
        Notification.IsAutomated(new Mailbox(name, address), "Hello", ["Some text."]).Should().BeTrue();
    }

    [Fact]
    public void A_footer_offering_to_unsubscribe_is_automated()
    {
        Notification.IsAutomated(Dana, "New event", ["Join us on Tuesday.", "Unsubscribe from this type of email."]).Should().BeTrue();
    }

    [Fact]
    public void A_reply_to_an_alert_is_a_person_writing()
    {
        Notification.IsAutomated(Dana, "Re: RFE Alert: RFE 0482", ["Can you take this one?"]).Should().BeFalse();
    }

    [Fact]
    public void A_person_writing_is_not_automated()
    {
        Notification.IsAutomated(Dana, "Azure VoC for testing", ["Hey Karl, can you send the profile?", "Thanks,", "Dana"]).Should().BeFalse();
    }
}
