namespace Distill.Core.Extraction;

/// <summary>What extraction needs from configuration.</summary>
/// <param name="Owner">The vault owner's full name; null when not configured.</param>
public sealed record ExtractionOptions(string? Owner);
