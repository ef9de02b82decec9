namespace Distill.Core.Sources;

/// <summary>The text of a file and the encoding it was read with.</summary>
internal sealed record DecodedText(string Text, string EncodingName, bool WasUtf8);
