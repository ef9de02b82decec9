using System.Globalization;
using System.Text;
using DiffPlex.Renderer;
using Distill.Core.Planning;

namespace Distill.Cli.Output;

/// <summary>A plan as a unified diff (DESIGN invariant 5), what <c>ingest --dry-run</c> prints: notes as patches, moves as renames.</summary>
internal static class PlanDiff
{
    private static readonly UnidiffRenderer Renderer = new(contextLines: 3);

    public static string Write(ChangePlan plan, VaultSnapshot snapshot, string vault)
    {
        var diff = new StringBuilder();
        foreach (var change in plan.Changes)
        {
            switch (change)
            {
                case CreateFile create:
                    diff.Append(Renderer.Generate(string.Empty, create.Content, "/dev/null", $"b/{create.Path}"));
                    break;
                case PatchFile patch:
                    diff.Append(Renderer.Generate(Before(snapshot, patch.Path), patch.Content, $"a/{patch.Path}", $"b/{patch.Path}"));
                    break;
                case DeleteFile delete:
                    diff.Append(Renderer.Generate(Before(snapshot, delete.Path), string.Empty, $"a/{delete.Path}", "/dev/null"));
                    break;
                case ArchiveSource archive:
                    diff.Append(CultureInfo.InvariantCulture, $"rename from {VaultPath.Shown(archive.From, vault)}\nrename to {archive.Path}\n");
                    break;
                case RejectSource reject:
                    diff.Append(CultureInfo.InvariantCulture, $"rename from {VaultPath.Shown(reject.From, vault)}\nrename to {reject.Path}\n# {reject.Reason}\n");
                    break;
            }
        }

        return diff.ToString();
    }

    private static string Before(VaultSnapshot snapshot, string path) =>
        snapshot.Notes.TryGetValue(path, out var note) ? note.Content
        : snapshot.LedgerFile is { } ledger && ledger.Path == path ? ledger.Content
        : string.Empty;
}
