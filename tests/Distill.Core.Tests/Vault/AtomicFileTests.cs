using AwesomeAssertions;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Vault;

public sealed class AtomicFileTests
{
    [Fact]
    public void A_write_leaves_the_new_bytes_and_no_temporary_file()
    {
        using var vault = new TempVault();

        AtomicFile.Write(vault.Full("a/b/c.md"), "new"u8, overwrite: false);

        vault.Read("a/b/c.md").Should().Be("new");
        Directory.EnumerateFiles(vault.Path, "*", SearchOption.AllDirectories).Should().ContainSingle();
    }

    [Fact]
    public void A_write_that_may_not_overwrite_fails_on_an_existing_file_and_keeps_it()
    {
        using var vault = new TempVault();
        vault.Write("c.md", "old");

        var write = () => AtomicFile.Write(vault.Full("c.md"), "new"u8, overwrite: false);

        write.Should().Throw<IOException>();
        vault.Read("c.md").Should().Be("old");
    }

    [Fact]
    public void A_write_that_may_overwrite_replaces_the_file()
    {
        using var vault = new TempVault();
        vault.Write("c.md", "old");

        AtomicFile.Write(vault.Full("c.md"), "new"u8, overwrite: true);

        vault.Read("c.md").Should().Be("new");
    }

    [Fact]
    public void Syncing_a_folder_goes_through_libc()
    {
        using var vault = new TempVault();

        var sync = () => DiskSync.Folder(vault.Path);

        sync.Should().NotThrow();
    }

    [Fact]
    public void Syncing_a_folder_that_cannot_be_opened_is_an_IOException()
    {
        using var vault = new TempVault();

        var sync = () => DiskSync.Folder(vault.Full("missing"));

        sync.Should().Throw<IOException>().WithMessage("*missing*");
    }
}
