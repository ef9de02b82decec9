using System.Globalization;
using System.Text.Json;
using Distill.Core.Planning;
using Distill.Core.Vault;

namespace Distill.Core.Pipeline;

/// <summary>
/// <c>.distill/notes.json</c>, the note cache (<see cref="NoteCache"/>) on disk. Derived state: missing, unreadable or
/// written by another build of Distill, it reads as empty and the run reads every note, with the same result.
/// </summary>
internal static class NoteCacheFile
{
    public const string RelativePath = ".distill/notes.json";

    private const int Format = 1;

    /// <summary>
    /// The format and the build that wrote it: what a digest or a share holds may change with any change to the code,
    /// and the compiler gives each distinct build of the assembly its own module id.
    /// </summary>
    private static readonly string Version =
        string.Create(CultureInfo.InvariantCulture, $"{Format}+{typeof(NoteCacheFile).Assembly.ManifestModule.ModuleVersionId}");

    public static NoteCache Read(string vault)
    {
        var path = Path.Combine(vault, RelativePath);
        if (!File.Exists(path))
        {
            return NoteCache.Empty;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), NoteCacheJson.Default.Stored) is { } stored && stored.Version == Version
                ? new NoteCache(stored.Signature, stored.Notes)
                : NoteCache.Empty;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            return NoteCache.Empty;
        }
    }

    /// <summary>Writes the cache atomically; a cache that cannot be written is no failure of the run, which has already applied.</summary>
    public static void Write(string vault, NoteCache cache)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new Stored(Version, cache.Signature, cache.Notes), NoteCacheJson.Default.Stored);
        try
        {
            AtomicFile.Write(Path.Combine(vault, RelativePath), bytes, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Without it the next run reads every note, and comes to the same plan.
        }
    }

    /// <remarks>Maps are read back as hash maps with ordinal keys; a sorted one would sort by the culture's rules.</remarks>
    internal sealed record Stored(string Version, string? Signature, IReadOnlyDictionary<string, CachedNote> Notes);
}
