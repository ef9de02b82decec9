using System.Collections.Immutable;

namespace Distill.Core.Planning;

/// <summary>
/// What the planner needs besides the vault and the sources; <paramref name="Today"/> names the folder rejected
/// files go to (planning reads no clock). <paramref name="Regenerate"/> lists notes whose edited regions the user
/// asked to replace.
/// </summary>
public sealed record PlanningOptions(
    VaultLayout Layout,
    string? Owner,
    bool OwnerAsMyself,
    string Extractor,
    DateOnly Today,
    ImmutableHashSet<string> Regenerate);
