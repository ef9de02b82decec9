using AwesomeAssertions;
using Distill.Core.Sources.Email;
using Xunit;

namespace Distill.Core.Tests.Sources.Email;

public sealed class SubjectLineTests
{
    [Theory]
    [InlineData("Re: Lumen rollout", "Lumen rollout")]
    [InlineData("RE: [EXTERNAL] VAST/Microsoft: Ignite follow up", "VAST/Microsoft: Ignite follow up")]
    [InlineData("Fwd: Re: [EXTERNAL] [EXTERNAL] Re: OA Alert: FOpp-4197", "OA Alert: FOpp-4197")]
    [InlineData("FW: Microsoft Workback Plan", "Microsoft Workback Plan")]
    [InlineData("AW: WG: Angebot", "Angebot")]
    [InlineData("Re[2]: Budget", "Budget")]
    [InlineData("RFE Alert: RFE 0482", "RFE Alert: RFE 0482")]
    [InlineData("Accepted: Mordi/Jason - Sync", "Accepted: Mordi/Jason - Sync")]
    [InlineData("Re:", "Re:")]
    public void Reply_forward_and_gateway_prefixes_come_off_and_the_rest_stays(string subject, string expected)
    {
        SubjectLine.WithoutPrefixes(subject).Should().Be(expected);
    }

    [Fact]
    public void The_normalised_subject_is_lower_case_with_one_space_between_words()
    {
        SubjectLine.Normalise("RE:  [EXTERNAL]\u00A0VAST/Microsoft:   Ignite follow up").Should().Be("vast/microsoft: ignite follow up");
    }
}
