using System.Collections.Immutable;

namespace Distill.Core.Extraction;

/// <summary>A fact, outcome, decision, risk or open question, with the passages it stands on.</summary>
public sealed record Item(string Text, ImmutableArray<Evidence> Evidence);

/// <summary>An action item or follow-up: an item with an owner, a due date and a priority.</summary>
public sealed record TaskItem(string Text, ImmutableArray<Evidence> Evidence, string? Owner, DateOnly? Due, Priority? Priority);

public enum Priority
{
    Highest,
    High,
    Medium,
    Low,
    Lowest,
}

/// <summary>The people, projects and customers or partners a source talks about.</summary>
public sealed record Mentions(ImmutableArray<string> People, ImmutableArray<string> Projects, ImmutableArray<string> Customers)
{
    public static Mentions None { get; } = new([], [], []);
}
