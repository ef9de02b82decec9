namespace Distill.Core.Planning;

/// <summary>A fact, decision or blocker on an entity note, and the passage of the meeting note it comes from.</summary>
/// <param name="Date">The meeting's date.</param>
/// <param name="Note">The meeting note's name, what a link to it names.</param>
/// <param name="Anchor">The passage's block id ("t745"), or null to link the whole note.</param>
/// <param name="Text">Plain text, not yet escaped.</param>
internal sealed record NoteLine(DateOnly Date, string Note, string? Anchor, string Text);
