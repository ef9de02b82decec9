using AwesomeAssertions;
using Distill.Core.Cleaning;
using Xunit;

namespace Distill.Core.Tests.Cleaning;

public sealed class BlankSegmentsTests
{
    [Fact]
    public void Segments_without_a_letter_or_digit_are_dropped()
    {
        var source = SourceBuilder.Transcript(("Remote", ""), ("Remote", " … "), ("Remote", "Okay."), ("Remote", "42"));

        var kept = new BlankSegments().Apply(source, new CleaningOptions(null));

        kept.Segments.Select(segment => segment.Text).Should().Equal("Okay.", "42");
    }
}
