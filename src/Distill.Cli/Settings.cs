namespace Distill.Cli;

/// <summary>Configuration that comes from the environment alone (DESIGN, Configuration), for commands that work outside a vault.</summary>
internal sealed record Settings(string? Owner)
{
    public static Settings FromEnvironment() => new(NonBlank(Environment.GetEnvironmentVariable("DISTILL_OWNER")));

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
