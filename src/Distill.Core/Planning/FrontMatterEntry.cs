namespace Distill.Core.Planning;

/// <summary>
/// One top-level key of a note's front matter with the lines that hold it (its value, nested lines, comments after it),
/// exactly as in the file. <see cref="Key"/> is null for comments with no key to belong to.
/// </summary>
internal sealed record FrontMatterEntry(string? Key, string Text);
