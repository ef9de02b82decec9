using System.Text.Json.Serialization;

namespace Distill.Core.Pipeline;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    IgnoreReadOnlyProperties = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(NoteCacheFile.Stored))]
internal sealed partial class NoteCacheJson : JsonSerializerContext;
