namespace Distill.Core.Planning;

/// <summary>
/// The vault as a plan would leave it: the snapshot's notes with the run's writes over them, and every name already
/// taken. Planning steps read and write the draft; <see cref="Changes"/> turns it into the plan's file changes.
/// </summary>
internal sealed class VaultDraft(VaultSnapshot snapshot)
{
    /// <summary>
    /// The run's writes by path, in the order made; null for a note removed. A note written has no hash, as it is not on
    /// disk yet; it is kept as one <see cref="VaultFile"/> so that its front matter and digest are read once.
    /// </summary>
    private readonly Dictionary<string, VaultFile?> written = new(StringComparer.Ordinal);
    private readonly HashSet<string> taken = [.. snapshot.Paths.Select(PathKey)];

    /// <summary>Every note as the plan leaves it, by path.</summary>
    public IEnumerable<VaultFile> Notes =>
        snapshot.Notes.Values.Where(note => !written.ContainsKey(note.Path))
            .Concat(written.Values.OfType<VaultFile>())
            .OrderBy(note => note.Path, StringComparer.Ordinal);

    public VaultFile? File(string path) => written.TryGetValue(path, out var note) ? note : snapshot.Notes.GetValueOrDefault(path);

    public string? Content(string path) => File(path)?.Content;

    public void Write(string path, string content)
    {
        taken.Add(PathKey(path));
        written[path] = new VaultFile(path, content, string.Empty);
    }

    public void Remove(string path) => written[path] = null;

    /// <summary>Whether the plan writes or removes <paramref name="path"/>.</summary>
    public bool Wrote(string path) => written.ContainsKey(path);

    /// <summary>
    /// A free path for <paramref name="fileName"/> in <paramref name="folder"/>, under a safe name. A name taken
    /// by another file gets a short suffix from the source's identity, never a counter, so it does not depend
    /// on what was ingested before.
    /// </summary>
    public string Claim(string folder, string fileName, string? suffix, Func<string, string>? extraPath)
    {
        var extension = Path.GetExtension(fileName) is { Length: > 1 and <= 9 } ext && ext.Skip(1).All(char.IsAsciiLetterOrDigit) ? ext : string.Empty;
        var stem = SafeName.For(fileName[..^extension.Length]);
        IEnumerable<string> candidates = suffix is null
            ? Enumerable.Range(1, int.MaxValue - 1).Select(n => n == 1 ? stem : $"{stem} ({n})")
            : [stem, .. Enumerable.Range(6, 59).Select(length => $"{stem} ({suffix[..Math.Min(length, suffix.Length)]})")];
        foreach (var candidate in candidates)
        {
            var path = $"{folder}/{candidate}{extension}";
            if (!taken.Contains(PathKey(path)) && (extraPath is null || !taken.Contains(PathKey(extraPath(path)))))
            {
                taken.Add(PathKey(path));
                if (extraPath is not null)
                {
                    taken.Add(PathKey(extraPath(path)));
                }

                return path;
            }
        }

        throw new InvalidOperationException($"{folder}/{fileName}: no free name");
    }

    /// <summary>Whether a file other than a note of the snapshot holds <paramref name="path"/>.</summary>
    public bool IsTaken(string path) => taken.Contains(PathKey(path));

    /// <summary>The writes as file changes: new notes, notes rewritten, notes removed; a note written as it was is no change.</summary>
    public IEnumerable<FileChange> Changes()
    {
        foreach (var (path, note) in written)
        {
            var before = snapshot.Notes.GetValueOrDefault(path);
            if (note?.Content is not { } content)
            {
                if (before is not null)
                {
                    yield return new DeleteFile(path, before.Sha256);
                }
            }
            else if (before is null)
            {
                yield return new CreateFile(path, content);
            }
            else if (before.Content != content)
            {
                yield return new PatchFile(path, before.Sha256, content);
            }
        }
    }

    public static string Folder(string path) => path[..Math.Max(0, path.LastIndexOf('/'))];

    /// <summary>Two paths are one file when they differ only by case or Unicode form, as on macOS and Windows.</summary>
    private static string PathKey(string path) => string.Join('/', path.Split('/').Select(SafeName.Key));
}
