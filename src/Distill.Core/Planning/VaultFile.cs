using Distill.Core.Sources;

namespace Distill.Core.Planning;

/// <summary>A note as the planner saw it: its text and the hash of its bytes, which the applier checks again before writing.</summary>
public sealed record VaultFile(string Path, string Content, string Sha256)
{
    /// <summary>Read once, for the registry, the notes' identities and the ledger alike.</summary>
    internal FrontMatter FrontMatter { get; } = FrontMatter.Of(Content, []);
}
