using System.Collections.Immutable;

namespace Distill.Core.Planning;

/// <summary>A note merged with a fresh rendering, and the parts left as the user has them.</summary>
internal sealed record MergedNote(string Text, ImmutableArray<NoteConflict> Conflicts);
