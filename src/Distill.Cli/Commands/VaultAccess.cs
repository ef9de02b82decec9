using Distill.Cli.Output;
using Distill.Core.Pipeline;
using Distill.Core.Sources;

namespace Distill.Cli.Commands;

/// <summary>The preamble of every command that works on a vault: it must be one, and its configuration must read.</summary>
internal static class VaultAccess
{
    /// <summary>The vault's configuration, or null once the reason is reported.</summary>
    public static VaultConfig? ConfigOf(Terminal terminal, string vault)
    {
        if (!Directory.Exists(Path.Combine(vault, ".distill")))
        {
            terminal.Report(new Problem(vault, "not a Distill vault (no .distill folder); run `distill init` first"));
            return null;
        }

        var (config, problem) = VaultConfig.Read(vault, Environment.GetEnvironmentVariable);
        if (config is null)
        {
            terminal.Report(problem!);
        }

        return config;
    }

    /// <summary>Today in the vault's time zone.</summary>
    public static DateOnly Today(VaultConfig config, TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), config.TimeZone).DateTime);
}
