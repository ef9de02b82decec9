using System.CommandLine;

namespace Distill.Cli;

/// <summary>Options every vault command shares (DESIGN, CLI).</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Vault = new("--vault")
    {
        Description = "The vault (default: DISTILL_VAULT, else the current directory).",
    };

    public static readonly Option<bool> Json = new("--json") { Description = "Print JSON only, for scripts." };

    /// <summary>The vault a command works on, as a full path.</summary>
    public static string VaultOf(ParseResult parse)
    {
        var given = parse.GetValue(Vault);
        var fromEnvironment = Environment.GetEnvironmentVariable("DISTILL_VAULT");
        return Path.GetFullPath(!string.IsNullOrWhiteSpace(given) ? given
            : !string.IsNullOrWhiteSpace(fromEnvironment) ? fromEnvironment
            : Directory.GetCurrentDirectory());
    }
}
