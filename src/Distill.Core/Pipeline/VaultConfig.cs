using System.Collections.Immutable;
using Distill.Core.Entities;
using Distill.Core.Extraction;
using Distill.Core.Planning;
using Distill.Core.Sources;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Distill.Core.Pipeline;

/// <summary>
/// A vault's configuration (DESIGN: Configuration): <c>.distill/config.yaml</c>, each key overridden by a
/// <c>DISTILL_*</c> environment variable. An unknown key or a bad value is a problem naming the key.
/// </summary>
public sealed record VaultConfig(
    string? Owner,
    bool OwnerAsMyself,
    TimeZoneInfo TimeZone,
    string Extractor,
    VaultLayout Layout,
    string? LlmEndpoint,
    string? LlmModel,
    string LlmApiKeyEnv,
    bool GitCommit)
{
    public const string RelativePath = ".distill/config.yaml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>What the planner needs from the configuration; <paramref name="today"/> in the vault's time zone.</summary>
    public PlanningOptions PlanningOptions(DateOnly today, ImmutableHashSet<string> regenerate) =>
        new(Layout, Owner, OwnerAsMyself, $"{RuleExtractor.Name} {RuleExtractor.Version}", today, regenerate);

    /// <summary>The file <c>distill init</c> writes: every key with its default and a comment saying what it does.</summary>
    public static string DefaultFileText() => Serializer.Serialize(new ConfigFile());

    /// <summary>The configuration of <paramref name="vault"/>; defaults when it has no config file.</summary>
    public static (VaultConfig? Config, Problem? Problem) Read(string vault, Func<string, string?> environment)
    {
        var path = Path.Combine(vault, RelativePath);
        ConfigFile file;
        try
        {
            file = File.Exists(path) ? Deserializer.Deserialize<ConfigFile?>(File.ReadAllText(path)) ?? new ConfigFile() : new ConfigFile();
        }
        catch (YamlException error)
        {
            return (null, new Problem(RelativePath, $"line {error.Start.Line}: {Reason(error)}"));
        }

        Override(environment, "DISTILL_OWNER", value => file.Owner = value);
        Override(environment, "DISTILL_TASK_OWNER", value => file.TaskOwner = value);
        Override(environment, "DISTILL_TIMEZONE", value => file.Timezone = value);
        Override(environment, "DISTILL_EXTRACTOR", value => file.Extractor = value);
        Override(environment, "DISTILL_GIT_COMMIT", value => file.Git.Commit = value is not ("false" or "0" or "no"));
        var aliases = Path.Combine(vault, AliasesFile.RelativePath);
        if (File.Exists(aliases) && AliasesFile.Parse(File.ReadAllText(aliases)).Problem is { } problem)
        {
            return (null, new Problem(AliasesFile.RelativePath, problem));
        }

        return Validate(file);
    }

    private static (VaultConfig? Config, Problem? Problem) Validate(ConfigFile file)
    {
        if (file.TaskOwner is not ("link" or "myself"))
        {
            return Bad("task_owner", $"'{file.TaskOwner}' is not link or myself");
        }

        if (file.Extractor is not ("rules" or "llm"))
        {
            return Bad("extractor", $"'{file.Extractor}' is not rules or llm");
        }

        TimeZoneInfo timeZone;
        try
        {
            timeZone = string.IsNullOrWhiteSpace(file.Timezone) ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(file.Timezone);
        }
        catch (TimeZoneNotFoundException)
        {
            return Bad("timezone", $"'{file.Timezone}' is not a time zone this machine knows");
        }

        var folders = file.Folders;
        var layout = new VaultLayout(folders.Inbox, folders.Sources, folders.Failed, folders.People, folders.Projects, folders.Customers, folders.Meetings);
        foreach (var (key, folder) in new[]
                 {
                     ("inbox", layout.Inbox), ("sources", layout.Sources), ("failed", layout.Failed), ("people", layout.People),
                     ("projects", layout.Projects), ("customers", layout.Customers), ("meetings", layout.Meetings),
                 })
        {
            if (!IsInsideVault(folder))
            {
                return Bad($"folders.{key}", $"'{folder}' is not a folder inside the vault");
            }
        }

        return (new VaultConfig(
            NonBlank(file.Owner),
            file.TaskOwner == "myself",
            timeZone,
            file.Extractor,
            layout,
            NonBlank(file.Llm.Endpoint),
            NonBlank(file.Llm.Model),
            file.Llm.ApiKeyEnv,
            file.Git.Commit), null);
    }

    private static bool IsInsideVault(string folder) =>
        !string.IsNullOrWhiteSpace(folder)
        && !Path.IsPathRooted(folder)
        && folder.Split('/', '\\').All(part => part.Length > 0 && part is not ("." or ".." or ".distill" or ".git" or ".obsidian"));

    private static void Override(Func<string, string?> environment, string variable, Action<string> apply)
    {
        if (NonBlank(environment(variable)) is { } value)
        {
            apply(value);
        }
    }

    private static (VaultConfig?, Problem?) Bad(string key, string reason) => (null, new Problem(RelativePath, $"{key}: {reason}"));

    /// <summary>YamlDotNet says "Property 'x' not found on type …" for an unknown key; the user needs only the key.</summary>
    private static string Reason(YamlException error) =>
        error.Message.StartsWith("Property '", StringComparison.Ordinal) && error.Message.IndexOf('\'', 10) is var end and > 10
            ? $"unknown key '{error.Message[10..end]}'"
            : error.InnerException?.Message ?? error.Message;

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
