using System.Collections.Immutable;

namespace Distill.Core.Extraction;

/// <summary>An action item or follow-up: an item with an owner, a due date and a priority.</summary>
public sealed record TaskItem(string Text, ImmutableArray<Evidence> Evidence, string? Owner, DateOnly? Due, Priority? Priority);
