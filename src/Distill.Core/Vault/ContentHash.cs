using System.Security.Cryptography;

namespace Distill.Core.Vault;

/// <summary>SHA-256 of a file's bytes in lower-case hex, as <see cref="Planning.PatchFile.ExpectedSha256"/> holds it.</summary>
internal static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Null when no file is there; a folder at the path counts as no file (writing there then fails and rolls back).</summary>
    public static string? OfFile(string path) => TryRead(path) is { } bytes ? Of(bytes) : null;

    public static byte[]? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
