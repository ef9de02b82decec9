namespace Distill.Core.Planning;

/// <summary>Where each kind of file lives, relative to the vault, '/'-separated (DESIGN: vault layout, configurable).</summary>
public sealed record VaultLayout(string Inbox, string Sources, string Failed, string People, string Projects, string Customers, string Meetings)
{
    /// <summary>Folders of the vault that hold sources rather than notes: never read as notes, never queried for tasks.</summary>
    public IEnumerable<string> SourceFolders => [Inbox, Sources];
}
