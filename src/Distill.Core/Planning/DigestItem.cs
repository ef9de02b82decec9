using System.Collections.Immutable;

namespace Distill.Core.Planning;

/// <summary>A decision, fact, risk or question of a meeting note, as <see cref="MeetingDigest"/> reads it.</summary>
/// <param name="Text">The line's text, read as the reader sees it (<see cref="PlainText"/>).</param>
/// <param name="Names">The links in the text.</param>
/// <param name="Speaker">Who says the passage its first evidence link points to, as the transcript names them.</param>
/// <param name="Anchor">That passage's block id ("t745"), or null for an item without evidence.</param>
internal sealed record DigestItem(string Text, ImmutableArray<NameRef> Names, string? Speaker, string? Anchor);
