namespace Distill.Core.Entities;

/// <summary>A person, project or customer with a note. <paramref name="Name"/> is the note's file name, what a link names.</summary>
public sealed record Entity(string Name, EntityKind Kind, string NotePath);
