using System.Collections.Immutable;
using Distill.Core.Extraction;
using Distill.Core.Sources;
using Distill.Core.Tests.Cleaning;

namespace Distill.Core.Tests.Extraction;

/// <summary>Small synthetic meetings for the extraction tests: the speakers are the participants, the owner is Jason Vallery.</summary>
internal static class MeetingBuilder
{
    public const string Owner = "Jason Vallery";

    /// <summary>The meeting date of <see cref="SourceBuilder"/>: Tuesday 2025-09-30.</summary>
    public static readonly DateOnly Date = new(2025, 9, 30);

    public static Meeting Of(params (string? Speaker, string Text)[] turns) => Of(SourceBuilder.Transcript(turns));

    public static Meeting Of(Source source) => Meeting.Of(source, Speakers(source), new ExtractionOptions(Owner));

    public static Source Single(Segment segment) => SourceBuilder.Of(SourceBuilder.NeutralTitle, [segment]);

    private static ImmutableArray<string> Speakers(Source source) =>
        [.. source.Segments.Select(segment => segment.Speaker).OfType<string>().Distinct(StringComparer.Ordinal)];
}
