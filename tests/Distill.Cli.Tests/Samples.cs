namespace Distill.Cli.Tests;

/// <summary>The synthetic meetings shipped in the repository's samples/ folder, one per supported format.</summary>
internal static class Samples
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder => System.IO.Path.Combine(RepositoryRoot, "samples");

    public static string Path(string file) => System.IO.Path.Combine(Folder, file);

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Distill.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (Distill.slnx) is not above the test binary");
    }
}
