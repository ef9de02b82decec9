namespace Distill.Core.Sources;

/// <summary>Text that cleaning took out on purpose, kept so that what was dropped can be counted and shown.</summary>
public sealed record Removal(RemovalKind Kind, int Line, string Text);
