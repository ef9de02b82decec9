using System.Text.Json.Serialization;

namespace Distill.Core.Vault;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JournalPlan))]
internal sealed partial class JournalJson : JsonSerializerContext;
