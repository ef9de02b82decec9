namespace Distill.Core.Vault;

/// <summary>A vault's folders, and its vault-relative '/' paths turned into full ones.</summary>
internal sealed record VaultPaths(string Root)
{
    public const string StateFolder = ".distill";

    public string State => Path.Combine(Root, StateFolder);

    /// <summary>The interrupted or running run's journal; its presence at start means a run did not finish.</summary>
    public string Journal => Path.Combine(State, "journal");

    /// <summary>The last run's journal, kept after it committed so <see cref="Applier.UndoAsync(ApplyOptions, CancellationToken)"/> can revert it.</summary>
    public string Undo => Path.Combine(State, "undo");

    public static VaultPaths Of(string vault) => new(Path.TrimEndingDirectorySeparator(Path.GetFullPath(vault)));

    public string Full(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The vault-relative path of a file inside the vault, or null when it is outside.</summary>
    public string? Relative(string absolute)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(absolute));
        var outside = relative == "." || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return outside ? null : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// A path the plan may write: relative, '/'-separated, no empty, '.' or '..' segment, not inside the state Distill keeps
    /// for itself. Anything else is a bug in the planner, and throws.
    /// </summary>
    public static void ThrowIfNotWritable(string relative)
    {
        var segments = relative.Split('/');
        var malformed = relative.Length == 0 || relative.Contains('\\', StringComparison.Ordinal) || relative.Contains('\0', StringComparison.Ordinal)
            || Path.IsPathRooted(relative) || segments.Any(segment => segment is "" or "." or "..");
        var reserved = segments[0] == ".git"
            || (segments[0] == StateFolder && segments.Length > 1 && segments[1] is "journal" or "undo" or "lock");
        if (malformed || reserved)
        {
            throw new ArgumentException($"'{relative}' is not a vault path the plan may write", nameof(relative));
        }
    }
}
