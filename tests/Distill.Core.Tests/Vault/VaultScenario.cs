using System.Collections.Immutable;
using CsCheck;
using Distill.Core.Planning;

namespace Distill.Core.Tests.Vault;

/// <summary>
/// A small random vault and a plan for it: notes present or not, each created, patched or deleted with the right hash or
/// a stale one; sources in the inbox and outside the vault archived or rejected, some to destinations already taken.
/// </summary>
internal sealed class VaultScenario
{
    private static readonly ImmutableArray<string> Notes = ["A.md", "B.md", "People/Ann/Ann.md", "People/Ann/2025-10-01 - Sync.md", "Meetings/2025/m.md"];
    private static readonly ImmutableArray<string> InboxSources = ["Inbox/t1.txt", "Inbox/Deep/t2.txt"];
    private static readonly ImmutableArray<string> OutsideSources = ["o1.txt", "o2.txt"];

    private static readonly Gen<string> Text = Gen.String[Gen.Char["ab \né\r"], 0, 6];

    private static readonly Gen<(bool Present, string Old, int Action, string New, bool RightHash)> NoteCase =
        Gen.Select(Gen.Bool, Text, Gen.Int[0, 3], Text, Gen.Bool);

    private static readonly Gen<(bool Present, int Action, bool Taken)> SourceCase = Gen.Select(Gen.Bool, Gen.Int[0, 2], Gen.Bool);

    private VaultScenario(
        (bool Present, string Old, int Action, string New, bool RightHash)[] notes,
        (bool Present, int Action, bool Taken)[] inbox,
        (bool Present, int Action, bool Taken)[] outside)
    {
        NoteCases = notes;
        InboxCases = inbox;
        OutsideCases = outside;
    }

    public static Gen<VaultScenario> Generator { get; } = Gen.Select(
        NoteCase.Array[Notes.Length],
        SourceCase.Array[InboxSources.Length],
        SourceCase.Array[OutsideSources.Length],
        (notes, inbox, outside) => new VaultScenario(notes, inbox, outside));

    private (bool Present, string Old, int Action, string New, bool RightHash)[] NoteCases { get; }

    private (bool Present, int Action, bool Taken)[] InboxCases { get; }

    private (bool Present, int Action, bool Taken)[] OutsideCases { get; }

    /// <summary>Writes the vault and the outside folder, and returns the plan.</summary>
    public ChangePlan Write(TempVault vault, TempVault elsewhere)
    {
        var changes = new List<FileChange>();
        foreach (var (path, note) in Notes.Zip(NoteCases))
        {
            if (note.Present)
            {
                vault.Write(path, note.Old);
            }

            var expected = TempVault.Sha(note.RightHash && note.Present ? note.Old : note.Old + "?");
            changes.AddRange(note.Action switch
            {
                1 => [new CreateFile(path, note.New)],
                2 => [new PatchFile(path, expected, note.New)],
                3 => [new DeleteFile(path, expected)],
                _ => Array.Empty<FileChange>(),
            });
        }

        changes.AddRange(Sources(vault, InboxSources.Zip(InboxCases).Select(source => (vault.Full(source.First), source.Second))));
        changes.AddRange(Sources(vault, OutsideSources.Zip(OutsideCases).Select(source => (elsewhere.Full(source.First), source.Second))));
        return new ChangePlan([.. changes], "scenario");
    }

    public override string ToString() =>
        $"notes {string.Join(' ', NoteCases)}; inbox {string.Join(' ', InboxCases)}; outside {string.Join(' ', OutsideCases)}";

    private static IEnumerable<FileChange> Sources(TempVault vault, IEnumerable<(string Path, (bool Present, int Action, bool Taken) Case)> sources)
    {
        foreach (var (path, source) in sources)
        {
            if (source.Present)
            {
                vault.Write(path, $"source {Path.GetFileName(path)}");
            }

            var destination = source.Action == 2 ? $"Inbox/_failed/{Path.GetFileName(path)}" : $"Sources/{Path.GetFileName(path)}";
            if (source.Action > 0 && source.Taken)
            {
                vault.Write(destination, "taken");
            }

            if (source.Action == 1)
            {
                yield return new ArchiveSource(path, destination);
            }
            else if (source.Action == 2)
            {
                yield return new RejectSource(path, destination, "why");
            }
        }
    }
}
