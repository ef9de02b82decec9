using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Distill.Core.Vault;

/// <summary>
/// Makes a file's bytes or a folder's entries durable (DESIGN invariant 6). A failure throws and is never retried: after
/// a failed fsync the kernel may have dropped the dirty pages, so a second call that succeeds proves nothing.
/// </summary>
internal static class DiskSync
{
    /// <summary>F_FULLFSYNC from macOS's sys/fcntl.h: there fsync hands the data to the drive, which may keep it in its cache.</summary>
    private const int FullFsync = 51;

    public static void File(SafeFileHandle handle, string path)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            Sync((int)handle.DangerousGetHandle(), path);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>A rename, create or delete is durable only once the folder holding the entry is synced.</summary>
    public static void Folder(string path)
    {
        var descriptor = Libc.Open(path, OpenFolderFlags());
        if (descriptor < 0)
        {
            throw Failure("cannot open folder to sync it", path);
        }

        try
        {
            Sync(descriptor, path);
        }
        finally
        {
            _ = Libc.Close(descriptor);
        }
    }

    private static void Sync(int descriptor, string path)
    {
        var result = OperatingSystem.IsMacOS() ? Libc.Fcntl(descriptor, FullFsync) : Libc.Fsync(descriptor);
        if (result != 0)
        {
            throw Failure("fsync failed", path);
        }
    }

    /// <summary>O_RDONLY | O_DIRECTORY | O_CLOEXEC; O_DIRECTORY differs between macOS, Linux on x86 and Linux on Arm.</summary>
    private static int OpenFolderFlags()
    {
        if (OperatingSystem.IsMacOS())
        {
            return 0x100000 | 0x1000000;
        }

        return RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x4000 | 0x80000 : 0x10000 | 0x80000;
    }

    private static IOException Failure(string what, string path)
    {
        var errno = Marshal.GetLastPInvokeError();
        return new IOException($"{path}: {what}: {Marshal.GetPInvokeErrorMessage(errno)}", errno);
    }
}
