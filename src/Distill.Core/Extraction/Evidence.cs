namespace Distill.Core.Extraction;

/// <summary>Where an item came from: the passage's time and line, who said it, and a verbatim quote of the cleaned text.</summary>
public sealed record Evidence(TimeSpan? Start, TimeSpan? End, string? Speaker, string Quote, int Line);
