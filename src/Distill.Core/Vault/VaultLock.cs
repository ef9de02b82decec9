namespace Distill.Core.Vault;

/// <summary>
/// One run at a time (DESIGN invariant 6): <c>.distill/lock</c> opened with <see cref="FileShare.None"/>, which .NET on
/// Unix turns into <c>flock(LOCK_EX | LOCK_NB)</c>, so the kernel releases it when the process dies, even by kill -9. The
/// ingest command holds it across planning and applying, so the plan is made from the snapshot it is applied to.
/// </summary>
public sealed class VaultLock : IDisposable
{
    private readonly FileStream file;
    private bool released;

    private VaultLock(string vault, FileStream file)
    {
        Vault = vault;
        this.file = file;
    }

    /// <summary>The vault's full path.</summary>
    public string Vault { get; }

    internal bool IsHeld => !released;

    /// <summary>
    /// The lock, or null when another process (or another holder in this one) has it. Any other failure to open the lock
    /// file, or a vault folder that does not exist, throws.
    /// </summary>
    public static VaultLock? TryAcquire(string vault)
    {
        var paths = VaultPaths.Of(vault);
        if (!Directory.Exists(paths.Root))
        {
            throw new DirectoryNotFoundException($"{paths.Root}: no such vault folder");
        }

        Directory.CreateDirectory(paths.State);
        try
        {
            return new VaultLock(paths.Root, new FileStream(Path.Combine(paths.State, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e.HResult == WouldBlock)
        {
            return null;
        }
    }

    public void Dispose()
    {
        released = true;
        file.Dispose();
    }

    /// <summary>EWOULDBLOCK, which .NET puts in the HResult of the exception a taken flock throws.</summary>
    private static int WouldBlock => OperatingSystem.IsMacOS() ? 35 : 11;
}
