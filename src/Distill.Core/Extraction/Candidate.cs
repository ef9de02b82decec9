using System.Collections.Immutable;

namespace Distill.Core.Extraction;

/// <summary>An item a rule proposes, with how sure the rule is; the merger keeps the best and drops repeats.</summary>
internal sealed record Candidate(
    Field Field,
    string Text,
    double Score,
    ImmutableArray<Utterance> Passages,
    string? Owner = null,
    DateOnly? Due = null,
    Priority? Priority = null);
