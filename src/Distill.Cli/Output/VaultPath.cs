namespace Distill.Cli.Output;

/// <summary>How a path is shown to the user: relative to the vault when inside it, else as given.</summary>
internal static class VaultPath
{
    public static string Shown(string path, string vault)
    {
        var relative = Path.GetRelativePath(vault, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }
}
