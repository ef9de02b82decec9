using YamlDotNet.Serialization;

namespace Distill.Core.Pipeline;

/// <summary>
/// The shape of <c>.distill/config.yaml</c> for YamlDotNet, which maps YAML onto settable properties; nothing
/// outside <see cref="VaultConfig"/> sees it. The descriptions are written into the file as comments.
/// </summary>
internal sealed class ConfigFile
{
    [YamlMember(Description = "The vault owner's full name, the person on the local recording channel; empty: \"Me\"")]
    public string Owner { get; set; } = string.Empty;

    [YamlMember(Description = "How the owner's tasks name them: link (@[[Owner Name]]) or myself (@Myself)")]
    public string TaskOwner { get; set; } = "link";

    [YamlMember(Description = "An IANA time zone for dates Distill takes from the clock; empty: the machine's")]
    public string Timezone { get; set; } = string.Empty;

    [YamlMember(Description = "rules (offline, the default) or llm")]
    public string Extractor { get; set; } = "rules";

    [YamlMember(Description = "Where each kind of note and file lives, relative to the vault")]
    public FoldersSection Folders { get; set; } = new();

    [YamlMember(Description = "An OpenAI-compatible endpoint, used when extractor is llm; the key is read from the variable api_key_env names")]
    public LlmSection Llm { get; set; } = new();

    [YamlMember(Description = "commit: one git commit per run when the vault is a git repository")]
    public GitSection Git { get; set; } = new();

    internal sealed class FoldersSection
    {
        public string Inbox { get; set; } = "Inbox";

        public string Sources { get; set; } = "Sources";

        public string Failed { get; set; } = "Inbox/_failed";

        public string People { get; set; } = "People";

        public string Projects { get; set; } = "Projects";

        public string Customers { get; set; } = "Customers";

        public string Meetings { get; set; } = "Meetings";
    }

    internal sealed class LlmSection
    {
        public string Endpoint { get; set; } = string.Empty;

        public string Model { get; set; } = string.Empty;

        public string ApiKeyEnv { get; set; } = "OPENAI_API_KEY";
    }

    internal sealed class GitSection
    {
        public bool Commit { get; set; } = true;
    }
}
