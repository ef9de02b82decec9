namespace Distill.Core.Planning;

/// <summary>A meeting as an entity note's recent context lists it: when, which note, and its summary's first sentence.</summary>
/// <param name="Date">The meeting's date.</param>
/// <param name="Note">The meeting note's name.</param>
/// <param name="Title">The meeting's title.</param>
/// <param name="Summary">Plain text, not yet escaped; empty when the note has no summary.</param>
internal sealed record MeetingLine(DateOnly Date, string Note, string Title, string Summary);
