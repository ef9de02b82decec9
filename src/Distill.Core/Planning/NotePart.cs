namespace Distill.Core.Planning;

/// <summary>A stretch of a note's body: the user's text, or a region Distill generated. <see cref="Text"/> is exactly as in the file.</summary>
internal abstract record NotePart(string Text);
