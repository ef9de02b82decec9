using System.Collections.Immutable;

namespace Distill.Core.Extraction;

/// <summary>A fact, outcome, decision, risk or open question, with the passages it stands on.</summary>
public sealed record Item(string Text, ImmutableArray<Evidence> Evidence);
