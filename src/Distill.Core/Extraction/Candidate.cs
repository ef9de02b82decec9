using System.Collections.Immutable;

namespace Distill.Core.Extraction;

/// <summary>
/// An item a rule proposes, with how sure the rule is; the merger keeps the best and drops repeats. One that is not
/// <see cref="Firm"/> is too weak to stand as an item of its own, but is a passage of a firm one it repeats ("I'll send
/// the sheet" early, "I'll send the sheet by Friday" later).
/// </summary>
internal sealed record Candidate(
    Field Field,
    string Text,
    double Score,
    ImmutableArray<Utterance> Passages,
    string? Owner = null,
    DateOnly? Due = null,
    Priority? Priority = null,
    bool Firm = true);
