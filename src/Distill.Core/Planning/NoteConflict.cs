namespace Distill.Core.Planning;

/// <summary>Why part of a note was left as the user has it: a region edited by hand, broken markers, unreadable front matter.</summary>
/// <param name="Part">The region's name, or <see cref="FrontMatterPart"/>.</param>
/// <param name="Reason">What the user can do about it, in a few words.</param>
internal sealed record NoteConflict(string Part, string Reason)
{
    public const string FrontMatterPart = "front matter";

    public override string ToString() => $"{Part}: {Reason}";
}
