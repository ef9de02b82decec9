using System.Collections.Immutable;
using Distill.Core.Sources;

namespace Distill.Core.Extraction;

/// <summary>What a source yields (DESIGN: Extraction), every item with its evidence.</summary>
public sealed record Extraction(
    Source Source,
    ImmutableArray<string> Participants,
    string Summary,
    ImmutableArray<Item> KeyFacts,
    ImmutableArray<Item> Outcomes,
    ImmutableArray<Item> Decisions,
    ImmutableArray<TaskItem> ActionItems,
    ImmutableArray<TaskItem> FollowUps,
    ImmutableArray<Item> Risks,
    ImmutableArray<Item> OpenQuestions,
    Mentions Mentions);
