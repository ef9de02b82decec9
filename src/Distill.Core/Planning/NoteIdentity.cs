using Distill.Core.Sources;

namespace Distill.Core.Planning;

/// <summary>
/// The identity of the source a note was written from (<see cref="Source.Identity"/>), as the note's front matter states
/// it: what the ledger is rebuilt from and what a dropped source is matched against (DESIGN invariant 1).
/// </summary>
internal static class NoteIdentity
{
    public static string? Of(FrontMatter frontMatter) => frontMatter.Text("type") switch
    {
        "meeting" or "document" => frontMatter.Text("source_sha256"),
        "email" => frontMatter.Text("thread_id"),
        _ => null,
    };
}
