namespace Distill.Core.Extraction;

/// <summary>A due date and the words of the sentence that name it ("by the end of the week").</summary>
internal sealed record DueDate(DateOnly Date, string Phrase);
