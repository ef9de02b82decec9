using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Distill.Core.Sources;

namespace Distill.Core.Extraction;

/// <summary>The Extraction JSON of ../shared/eval/EXTRACTION.md: snake_case, every list present, absent values null.</summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Extraction extraction) => Written(json => WriteExtraction(json, extraction));

    /// <summary>Several extractions as one JSON array, for a run over several files.</summary>
    public static string WriteAll(IEnumerable<Extraction> extractions) => Written(json =>
    {
        json.WriteStartArray();
        foreach (var extraction in extractions)
        {
            WriteExtraction(json, extraction);
        }

        json.WriteEndArray();
    });

    private static string Written(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteExtraction(Utf8JsonWriter json, Extraction extraction)
    {
        json.WriteStartObject();
        WriteSource(json, extraction.Source);
        WriteStrings(json, "participants", extraction.Participants);
        json.WriteString("summary", extraction.Summary);
        WriteItems(json, "key_facts", extraction.KeyFacts);
        WriteItems(json, "outcomes", extraction.Outcomes);
        WriteItems(json, "decisions", extraction.Decisions);
        WriteTasks(json, "action_items", extraction.ActionItems);
        WriteTasks(json, "follow_ups", extraction.FollowUps);
        WriteItems(json, "risks", extraction.Risks);
        WriteItems(json, "open_questions", extraction.OpenQuestions);
        json.WriteStartObject("mentions");
        WriteStrings(json, "people", extraction.Mentions.People);
        WriteStrings(json, "projects", extraction.Mentions.Projects);
        WriteStrings(json, "customers", extraction.Mentions.Customers);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter json, Source source)
    {
        json.WriteStartObject("source");
        json.WriteString("path", source.Path);
        json.WriteString("kind", source.Kind.ToString().ToLowerInvariant());
        json.WriteString("format", source.Format);
        json.WriteString("sha256", source.Sha256);
        json.WriteString("date", source.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("date_from", source.DateOrigin switch
        {
            DateOrigin.FrontMatter => "front-matter",
            DateOrigin.FileName => "file-name",
            DateOrigin.Content => "content",
            DateOrigin.FileTime => "file-time",
            _ => throw new UnreachableException($"date origin {source.DateOrigin}"),
        });
        if (source.Time is { } time)
        {
            json.WriteString("time", time.ToString("HH:mm", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("time");
        }

        json.WriteString("title", source.Title);
        WriteStrings(json, "warnings", source.Warnings);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteItems(Utf8JsonWriter json, string name, IEnumerable<Item> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WriteString("text", item.Text);
            WriteEvidence(json, item.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTasks(Utf8JsonWriter json, string name, IEnumerable<TaskItem> tasks)
    {
        json.WriteStartArray(name);
        foreach (var task in tasks)
        {
            json.WriteStartObject();
            json.WriteString("text", task.Text);
            WriteNullable(json, "owner", task.Owner);
            WriteNullable(json, "due", task.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteNullable(json, "priority", task.Priority?.ToString().ToLowerInvariant());
            WriteEvidence(json, task.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter json, IEnumerable<Evidence> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var passage in evidence)
        {
            json.WriteStartObject();
            WriteSeconds(json, "start", passage.Start);
            WriteSeconds(json, "end", passage.End);
            WriteNullable(json, "speaker", passage.Speaker);
            json.WriteString("quote", passage.Quote);
            json.WriteNumber("line", passage.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSeconds(Utf8JsonWriter json, string name, TimeSpan? time)
    {
        if (time is { } value)
        {
            json.WriteNumber(name, Math.Round(value.TotalSeconds, 2));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
