namespace Distill.Core.Planning;

/// <summary>
/// One paragraph of a note's source text: a speaker turn, a part of a long recorder segment, or a paragraph of an email
/// message or a document.
/// </summary>
/// <param name="Id">Its block id without '^': whole seconds from the start (<c>t745</c>), or the source line (<c>l42</c>).</param>
/// <param name="Label">How a link to it reads: "12:25", "~17:10" when interpolated inside a segment, "line 42" without times.</param>
/// <param name="Start">When it starts, interpolated like evidence times; null without times.</param>
/// <param name="Line">The source line it starts on.</param>
/// <param name="Speaker">Who speaks, as the source names them.</param>
/// <param name="Text">What is said, flattened to one line, not yet escaped.</param>
/// <param name="Sent">When the email message this paragraph opens was sent; null for every other paragraph.</param>
internal sealed record TranscriptParagraph(string Id, string Label, TimeSpan? Start, int Line, string? Speaker, string Text, DateTimeOffset? Sent = null)
{
    /// <summary>Text the source repeats or wraps around what was said (quoted history, a signature, a footer): shown as a quote, never extracted from.</summary>
    public bool Quoted { get; init; }

    public string Link => $"[[#^{Id}|{Label}]]";
}
