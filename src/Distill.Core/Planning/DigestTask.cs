using System.Collections.Immutable;
using Distill.Core.Extraction;

namespace Distill.Core.Planning;

/// <summary>A task line of a meeting note's action items or follow-ups, as <see cref="MeetingDigest"/> reads it.</summary>
/// <param name="Text">Its text without evidence, owner and tags (<see cref="PlainText"/>).</param>
/// <param name="Names">The links in the text.</param>
/// <param name="Owner">The owner written <c>@[[Name]]</c>, <c>@[[Name|shown]]</c> or <c>@Name</c>; null when none or the vault owner's handle.</param>
/// <param name="OwnerIsVaultOwner">Written with the vault owner's handle (<c>@Myself</c>) instead of a name.</param>
/// <param name="Status">The checkbox's character.</param>
/// <param name="Due">📅, the day it is due.</param>
/// <param name="Priority">Its priority; null for normal.</param>
/// <param name="Id">🆔, else the block id: what <c>[[note#^id]]</c> links to; null when the line has neither.</param>
internal sealed record DigestTask(
    string Text,
    ImmutableArray<NameRef> Names,
    NameRef? Owner,
    bool OwnerIsVaultOwner,
    string Status,
    DateOnly? Due,
    Priority? Priority,
    string? Id)
{
    /// <summary>Not done ('x', 'X') and not cancelled ('-').</summary>
    public bool IsOpen => Status is not ("x" or "X" or "-");
}
