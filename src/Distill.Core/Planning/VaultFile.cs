using Distill.Core.Sources;

namespace Distill.Core.Planning;

/// <summary>
/// A note as the planner saw it: its text and the hash of its bytes, which the applier checks again before writing. A note
/// the note cache remembers as it is (<see cref="Remembered"/>) is read only when its text is first needed: most of a
/// run's notes are never read beyond their front matter and digest, which the cache holds.
/// </summary>
public sealed class VaultFile
{
    private readonly Lazy<string> content;

    public VaultFile(string path, string content, string sha256)
        : this(path, content, sha256, stamp: null, remembered: null)
    {
    }

    /// <summary>A note read whole: <paramref name="remembered"/> when the cache holds these very bytes (the same hash).</summary>
    internal VaultFile(string path, string content, string sha256, NoteStamp? stamp, CachedNote? remembered)
    {
        Path = path;
        this.content = new Lazy<string>(content);
        Sha256 = sha256;
        Stamp = stamp;
        Remembered = remembered;
        FrontMatter = remembered?.FrontMatter.ToFrontMatter() ?? FrontMatter.Of(content, []);
    }

    /// <summary>
    /// A note whose size and last write time are those the cache remembers: its hash is the one the cache holds, so a plan
    /// that patches or deletes it is refused by the applier if the bytes <paramref name="read"/> finds are other ones.
    /// </summary>
    internal VaultFile(string path, NoteStamp stamp, CachedNote remembered, Func<string> read)
    {
        Path = path;
        content = new Lazy<string>(read);
        Sha256 = remembered.Sha256;
        Stamp = stamp;
        Remembered = remembered;
        FrontMatter = remembered.FrontMatter.ToFrontMatter();
    }

    public string Path { get; }

    public string Content => content.Value;

    public string Sha256 { get; }

    /// <summary>Read once, for the registry, the notes' identities and the ledger alike.</summary>
    internal FrontMatter FrontMatter { get; }

    /// <summary>Its size and last write time when scanned, for the next run's cache; null when the scan kept none, or the note changed too recently to trust them.</summary>
    internal NoteStamp? Stamp { get; }

    /// <summary>What the note cache holds for this note, when the note is as the cache remembers it.</summary>
    internal CachedNote? Remembered { get; }
}
