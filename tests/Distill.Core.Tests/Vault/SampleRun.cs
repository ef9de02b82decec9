using Distill.Core.Planning;

namespace Distill.Core.Tests.Vault;

/// <summary>
/// A run with every kind of step: two folders and a create, a patch, a delete, a move into the archive (and its folder),
/// a copy from outside the vault (and its folder), a rejection (its folder, the move and the reason file).
/// </summary>
internal static class SampleRun
{
    public const int StepCount = 12;

    private static readonly byte[] OldJai = [0x6F, 0x6C, 0x64, 0xFF];

    public static ChangePlan Write(TempVault vault, TempVault elsewhere)
    {
        vault.Write("Jai.md", OldJai);
        vault.Write("Old.md", "to delete");
        vault.Write("Inbox/t.txt", "transcript");
        vault.Write("Inbox/bad.txt", "???");
        elsewhere.Write("mail.eml", "Subject: hi");
        return Plan(vault.Path, elsewhere.Path);
    }

    /// <summary>The plan for a vault <see cref="Write"/> prepared, from the two folders' paths alone.</summary>
    public static ChangePlan Plan(string vault, string elsewhere) => Plans.Of(
        new CreateFile("People/Ann/Ann.md", "ann"),
        new PatchFile("Jai.md", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(OldJai)), "new"),
        new DeleteFile("Old.md", TempVault.Sha("to delete")),
        new ArchiveSource(Path.Combine(vault, "Inbox/t.txt"), "Sources/t.txt"),
        new ArchiveSource(Path.Combine(elsewhere, "mail.eml"), "Sources/Email/mail.eml"),
        new RejectSource(Path.Combine(vault, "Inbox/bad.txt"), "Inbox/_failed/bad.txt", "unreadable"));
}
