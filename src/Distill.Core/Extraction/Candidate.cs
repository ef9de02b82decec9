using System.Collections.Immutable;

namespace Distill.Core.Extraction;

/// <summary>The fields an extraction rule fills.</summary>
internal enum Field
{
    KeyFact,
    Outcome,
    Decision,
    ActionItem,
    FollowUp,
    Risk,
    OpenQuestion,
}

/// <summary>An item a rule proposes, with how sure the rule is; the merger keeps the best and drops repeats.</summary>
internal sealed record Candidate(
    Field Field,
    string Text,
    double Score,
    ImmutableArray<Utterance> Passages,
    string? Owner = null,
    DateOnly? Due = null,
    Priority? Priority = null);
