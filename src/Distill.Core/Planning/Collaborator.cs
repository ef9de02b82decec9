using Distill.Core.Entities;

namespace Distill.Core.Planning;

/// <summary>A person who took part in <paramref name="Meetings"/> of the same meetings as the entity.</summary>
internal sealed record Collaborator(Entity Person, int Meetings);
