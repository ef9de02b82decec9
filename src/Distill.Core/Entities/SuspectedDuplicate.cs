namespace Distill.Core.Entities;

/// <summary>Two names that may be one person, for <c>distill doctor</c> to show; never used to merge.</summary>
/// <param name="Name">An unresolved name, or the ordinal-smaller entity name of the pair.</param>
/// <param name="Similar">The entity it may be.</param>
/// <param name="Score">0–100; see <see cref="Suspects.Threshold"/>.</param>
/// <param name="Reason">Why the two look alike, for the user.</param>
public sealed record SuspectedDuplicate(string Name, string Similar, int Score, string Reason);
