using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Distill.Core.Vault;

/// <summary>
/// Instants at which <c>DISTILL_CRASH_AT=NAME</c> (or <c>NAME:N</c>, the N-th time the run passes there) kills the process on
/// the spot with <see cref="Environment.FailFast(string)"/>, an uncatchable crash, so that tests can check what recovery
/// makes of the disk as the crash left it:
/// <list type="table">
/// <item><term>journal-written</term><description>the journal and its backups are durable; nothing in the vault has changed yet</description></item>
/// <item><term>before-rename</term><description>a note's temporary file is written and synced; the note itself is untouched</description></item>
/// <item><term>after-rename</term><description>a note is renamed into place; the journal does not say so yet</description></item>
/// <item><term>before-delete</term><description>a file is about to be deleted</description></item>
/// <item><term>after-delete</term><description>a file is deleted; the journal does not say so yet</description></item>
/// <item><term>before-archive</term><description>a source is about to be moved (or its copy renamed) into the archive</description></item>
/// <item><term>after-archive</term><description>a source is in the archive; the journal does not say so yet</description></item>
/// <item><term>before-journal-delete</term><description>every step is done; the run is not committed (the journal is still in place)</description></item>
/// <item><term>rollback-step</term><description>while rolling back, one step has been undone</description></item>
/// </list>
/// Undo runs go through the same steps and stop at the same points.
/// </summary>
internal static class CrashPoints
{
    public const string Variable = "DISTILL_CRASH_AT";

    public const string JournalWritten = "journal-written";
    public const string BeforeRename = "before-rename";
    public const string AfterRename = "after-rename";
    public const string BeforeDelete = "before-delete";
    public const string AfterDelete = "after-delete";
    public const string BeforeArchive = "before-archive";
    public const string AfterArchive = "after-archive";
    public const string BeforeJournalDelete = "before-journal-delete";
    public const string RollbackStep = "rollback-step";

    public static ImmutableArray<string> All { get; } =
        [JournalWritten, BeforeRename, AfterRename, BeforeDelete, AfterDelete, BeforeArchive, AfterArchive, BeforeJournalDelete, RollbackStep];

    private static readonly ConcurrentDictionary<string, int> Hits = new(StringComparer.Ordinal);

    public static void Hit(string name)
    {
        var setting = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(setting))
        {
            return;
        }

        if (Matches(setting, name, Hits.AddOrUpdate(name, 1, (_, count) => count + 1)))
        {
            Environment.FailFast($"{Variable}={setting}");
        }
    }

    /// <summary>Whether the setting <c>NAME</c> or <c>NAME:N</c> asks for a crash at the <paramref name="hit"/>-th pass at <paramref name="name"/>.</summary>
    internal static bool Matches(string setting, string name, int hit)
    {
        var separator = setting.LastIndexOf(':');
        if (separator < 0)
        {
            return string.Equals(setting, name, StringComparison.Ordinal);
        }

        return string.Equals(setting[..separator], name, StringComparison.Ordinal)
            && int.TryParse(setting.AsSpan(separator + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var wanted)
            && wanted == hit;
    }
}
