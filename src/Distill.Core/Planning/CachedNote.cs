namespace Distill.Core.Planning;

/// <summary>One note as the note cache remembers it (<see cref="NoteCache"/>).</summary>
/// <param name="Stamp">Its stamp when its bytes were read; null when unknown (written by the run, or changed too recently to trust): it is then read again, and known by its hash.</param>
/// <param name="Sha256">The hash of its bytes.</param>
/// <param name="FrontMatter">Its front matter.</param>
/// <param name="Digest">Its digest when it is a meeting, email or document note.</param>
/// <param name="Share">What it adds to entity records, under the registry whose signature the cache keeps; null when it is no meeting.</param>
internal sealed record CachedNote(NoteStamp? Stamp, string Sha256, CachedFrontMatter FrontMatter, MeetingDigest? Digest, MeetingShare? Share);
