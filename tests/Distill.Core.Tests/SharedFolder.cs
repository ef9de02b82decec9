namespace Distill.Core.Tests;

/// <summary>The project's ../shared folder (corpus, examples), found from the test binary; null when absent.</summary>
internal static class SharedFolder
{
    public static string? Path { get; } = Find();

    /// <summary>A folder under ../shared, or a skip of the calling test when it is not there.</summary>
    public static string Require(params string[] parts)
    {
        var folder = Path is null ? null : System.IO.Path.Combine([Path, .. parts]);
        if (folder is null || !(Directory.Exists(folder) || File.Exists(folder)))
        {
            Xunit.Assert.Skip($"../shared/{string.Join('/', parts)} is not here");
        }

        return folder!;
    }

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Distill.slnx")))
            {
                var shared = System.IO.Path.Combine(folder.FullName, "..", "shared");
                return Directory.Exists(shared) ? System.IO.Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }
}
