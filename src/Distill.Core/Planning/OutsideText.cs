namespace Distill.Core.Planning;

/// <summary>Text outside any region: the user's, never changed (DESIGN invariant 3).</summary>
internal sealed record OutsideText(string Text) : NotePart(Text);
