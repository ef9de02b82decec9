using AwesomeAssertions;
using Distill.Core.Planning;
using Distill.Core.Vault;
using Xunit;

namespace Distill.Core.Tests.Vault;

public sealed class VaultLockTests
{
    [Fact]
    public void A_second_FileShare_None_open_of_the_lock_file_fails_while_the_first_is_held()
    {
        using var vault = new TempVault();
        var path = vault.Write(".distill/lock", "");
        using var first = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var second = () => new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        second.Should().Throw<IOException>();
    }

    [Fact]
    public void The_lock_file_opens_again_once_the_first_holder_is_disposed()
    {
        using var vault = new TempVault();
        var path = vault.Write(".distill/lock", "");
        new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None).Dispose();

        using var second = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        second.CanWrite.Should().BeTrue();
    }

    [Fact]
    public void A_held_lock_cannot_be_acquired_again()
    {
        using var vault = new TempVault();
        using var held = VaultLock.TryAcquire(vault.Path);

        VaultLock.TryAcquire(vault.Path).Should().BeNull();
    }

    [Fact]
    public void A_released_lock_can_be_acquired_again()
    {
        using var vault = new TempVault();
        VaultLock.TryAcquire(vault.Path)!.Dispose();

        using var again = VaultLock.TryAcquire(vault.Path);

        again.Should().NotBeNull();
    }

    [Fact]
    public void A_vault_folder_that_does_not_exist_is_not_created_by_locking_it()
    {
        using var vault = new TempVault();
        var missing = vault.Full("typo");

        var acquire = () => VaultLock.TryAcquire(missing);

        acquire.Should().Throw<DirectoryNotFoundException>();
        Directory.Exists(missing).Should().BeFalse();
    }

    [Fact]
    public async Task Applying_to_a_locked_vault_writes_nothing_and_says_locked()
    {
        using var vault = new TempVault();
        using var held = VaultLock.TryAcquire(vault.Path);

        var report = await Plans.ApplyAsync(vault, new CreateFile("A.md", "a"));

        report.Outcome.Should().Be(ApplyOutcome.Locked);
        vault.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task The_holder_of_the_lock_can_apply()
    {
        using var vault = new TempVault();
        using var held = VaultLock.TryAcquire(vault.Path)!;

        var report = await Applier.ApplyAsync(Plans.Of(new CreateFile("A.md", "a")), Plans.Options(vault), held, TestContext.Current.CancellationToken);

        report.Outcome.Should().Be(ApplyOutcome.Applied);
    }

    [Fact]
    public async Task Applying_under_another_vaults_lock_is_a_bug()
    {
        using var vault = new TempVault();
        using var other = new TempVault();
        using var held = VaultLock.TryAcquire(other.Path)!;

        var apply = () => Applier.ApplyAsync(Plans.Of(new CreateFile("A.md", "a")), Plans.Options(vault), held, TestContext.Current.CancellationToken);

        await apply.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Applying_under_a_released_lock_is_a_bug()
    {
        using var vault = new TempVault();
        var released = VaultLock.TryAcquire(vault.Path)!;
        released.Dispose();

        var apply = () => Applier.ApplyAsync(Plans.Of(new CreateFile("A.md", "a")), Plans.Options(vault), released, TestContext.Current.CancellationToken);

        await apply.Should().ThrowAsync<ArgumentException>();
    }
}
