using System.Security.Cryptography;
using System.Text;

namespace Distill.Core.Tests.Vault;

/// <summary>A vault folder of real files a test writes for itself, removed afterwards.</summary>
internal sealed class TempVault : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("distill-vault-").FullName;

    /// <summary>Writes a file at a vault-relative '/' path (or an absolute one), creating its folders.</summary>
    public string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    public string Write(string name, byte[] content)
    {
        var path = Full(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Full(string name) => System.IO.Path.Combine(Path, name);

    public string Read(string name) => File.ReadAllText(Full(name));

    public bool Exists(string name) => File.Exists(Full(name));

    /// <summary>Every file (path → SHA-256 of its bytes) and folder (path → "folder") outside <c>.distill/</c>.</summary>
    public SortedDictionary<string, string> Snapshot() => Snapshot(Path);

    public static SortedDictionary<string, string> Snapshot(string root)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(root, entry).Replace('\\', '/');
            if (relative == ".distill" || relative.StartsWith(".distill/", StringComparison.Ordinal) || relative == ".git" || relative.StartsWith(".git/", StringComparison.Ordinal))
            {
                continue;
            }

            entries[relative] = Directory.Exists(entry) ? "folder" : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(entry)));
        }

        return entries;
    }

    public static string Sha(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
