using System.Collections.Immutable;
using Distill.Core.Sources;

namespace Distill.Core.Vault;

/// <summary>One git command's exit code, the NUL-separated paths it printed, and a problem when it failed.</summary>
internal sealed record GitRun(int ExitCode, ImmutableArray<string> Paths, Problem? Failure)
{
    /// <summary>A command there was no need to run.</summary>
    public static GitRun Skipped { get; } = new(0, [], null);
}
