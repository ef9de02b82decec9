using System.Collections.Immutable;

namespace Distill.Core.Extraction;

/// <summary>The people, projects and customers or partners a source talks about.</summary>
public sealed record Mentions(ImmutableArray<string> People, ImmutableArray<string> Projects, ImmutableArray<string> Customers);
