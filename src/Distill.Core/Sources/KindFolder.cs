namespace Distill.Core.Sources;

/// <summary>
/// The folder each kind of source has under the Inbox, where the user drops it, and under the archive (DESIGN: vault
/// layout): <c>Transcripts</c>, <c>Email</c>, <c>Documents</c>.
/// </summary>
public static class KindFolder
{
    public static string Of(SourceKind kind) => kind switch
    {
        SourceKind.Email => "Email",
        SourceKind.Document => "Documents",
        _ => "Transcripts",
    };

    /// <summary>
    /// The kind a file is by the first folder of <paramref name="relativePath"/> (relative to the Inbox, a folder given
    /// to ingest, or the archive), compared without case; null when that folder names no kind and the content decides.
    /// </summary>
    public static SourceKind? KindOf(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var parts = relativePath.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return null;
        }

        foreach (var kind in Enum.GetValues<SourceKind>())
        {
            if (string.Equals(Of(kind), parts[0], StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }
}
