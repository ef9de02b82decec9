using System.Collections.Immutable;

namespace Distill.Core.Entities;

/// <summary>What the vault says an entity is called and how it is reached: its note's <c>title</c>, its aliases (front matter and aliases file) and <c>emails</c>.</summary>
public sealed record RegistryEntry(Entity Entity, string? Title, ImmutableArray<string> Aliases, ImmutableArray<string> Emails);
