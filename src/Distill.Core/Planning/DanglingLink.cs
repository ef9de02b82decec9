namespace Distill.Core.Planning;

/// <summary>A link stock Obsidian cannot follow, as written, in the note that holds it.</summary>
public sealed record DanglingLink(string Note, string Link);
