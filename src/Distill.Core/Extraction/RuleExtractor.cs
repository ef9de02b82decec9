using Distill.Core.Sources;

namespace Distill.Core.Extraction;

/// <summary>The offline extractor: rules over the cleaned segments, no model and no network.</summary>
public static class RuleExtractor
{
    public const string Name = "rules";

    public static Extraction Extract(Source source, ExtractionOptions options) => new(
        source,
        ParticipantFinder.Find(source, options),
        Summary: string.Empty,
        KeyFacts: [],
        Outcomes: [],
        Decisions: [],
        ActionItems: [],
        FollowUps: [],
        Risks: [],
        OpenQuestions: [],
        Mentions.None);
}
