using System.Collections.Immutable;

namespace Distill.Core.Planning;

/// <summary>What a meeting note needs beyond its extraction, decided by the planner.</summary>
/// <param name="Title">The note's title (front matter and heading).</param>
/// <param name="SourcePath">Where the source is archived, relative to the vault, with '/' separators.</param>
/// <param name="Extractor">Name and version, e.g. "rules 1.0".</param>
/// <param name="Tags">Tags beyond <c>meeting</c> and <c>one-on-one</c>, which the note adds itself.</param>
/// <param name="Owner">The vault's owner, whose tasks are written their way; null when not configured.</param>
/// <param name="ProposedStatus">
/// Whether the vault's Tasks plugin defines the '?' status; when not, new tasks are written open (' ') and only the
/// <c>#proposed</c> tag says they are proposals.
/// </param>
/// <param name="Entities">
/// Names as the extraction writes them ("Jai", "Manish") to the canonical entity they stand for ("Jai Menon",
/// "Maneesh Sah"). A name not in it is written as plain text, never a link ("Me", "Remote", "Speaker 1").
/// </param>
internal sealed record MeetingNoteContext(
    string Title,
    string SourcePath,
    string Extractor,
    ImmutableArray<string> Tags,
    VaultOwner? Owner,
    bool ProposedStatus,
    IReadOnlyDictionary<string, string> Entities);
