using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Distill.Core.Sources.Formats;

/// <summary>
/// Whisper's JSON output (openai-whisper, whisper.cpp, WhisperX): "segments" of {start, end, text},
/// with "speaker" where a diarizer added one. Each segment's line is where its object opens.
/// </summary>
internal sealed class WhisperJson : ITranscriptFormat
{
    public string Name => "whisper-json";

    public bool Recognizes(TranscriptText text)
    {
        var first = text.NonBlankLines().FirstOrDefault().Line?.TrimStart();
        return first is not null && first.StartsWith('{') && text.Joined().Contains("\"segments\"", StringComparison.Ordinal);
    }

    public ImmutableArray<Segment> Parse(TranscriptText text, ICollection<string> warnings)
    {
        var json = Encoding.UTF8.GetBytes(text.Joined());
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var segments = ImmutableArray.CreateBuilder<Segment>();
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("segments"))
                {
                    ReadSegments(ref reader, json, text, segments, warnings);
                }
            }
        }
        catch (JsonException error)
        {
            warnings.Add($"line {text.FileLine((int)error.LineNumber.GetValueOrDefault())}: JSON ends in error ({error.Message.Split('.')[0]}); the segments before it are kept");
        }

        return segments.ToImmutable();
    }

    private static void ReadSegments(ref Utf8JsonReader reader, byte[] json, TranscriptText text, ImmutableArray<Segment>.Builder segments, ICollection<string> warnings)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            warnings.Add("\"segments\" is not a list; nothing read");
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            var line = text.FileLine(LineOf(json, (int)reader.TokenStartIndex));
            using var element = JsonDocument.ParseValue(ref reader);
            var root = element.RootElement;
            var said = root.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;
            var start = Seconds(root, "start");
            if (said.Length == 0 || start is null)
            {
                warnings.Add($"line {line}: segment without text or start skipped");
                continue;
            }

            var speaker = root.TryGetProperty("speaker", out var who) && who.ValueKind == JsonValueKind.String ? who.GetString() : null;
            segments.Add(new Segment(start, Seconds(root, "end"), speaker, said, line));
        }
    }

    private static TimeSpan? Seconds(JsonElement segment, string name) =>
        segment.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static int LineOf(byte[] json, int offset) => json.AsSpan(0, offset).Count((byte)'\n');
}
