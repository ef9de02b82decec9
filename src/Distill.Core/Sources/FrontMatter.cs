using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Distill.Core.Sources;

/// <summary>
/// The YAML block at the top of a markdown file, read defensively: capped in size and nesting, and a
/// block that does not parse is reported and ignored, never half-read.
/// </summary>
internal sealed record FrontMatter(IReadOnlyDictionary<string, object?> Values, int BodyStartIndex)
{
    public const int MaxCharacters = 64 * 1024;
    public const int MaxDepth = 32;

    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    public static FrontMatter Empty { get; } = new(new Dictionary<string, object?>(), 0);

    /// <summary>The front matter of <paramref name="lines"/>, with the index of the first line after it.</summary>
    public static FrontMatter Read(IReadOnlyList<string> lines, ICollection<string> warnings)
    {
        if (lines.Count == 0 || lines[0].TrimEnd() != "---")
        {
            return Empty;
        }

        var close = -1;
        var size = 0;
        for (var i = 1; i < lines.Count && size <= MaxCharacters; i++)
        {
            size += lines[i].Length + 1;
            if (lines[i].TrimEnd() is "---" or "...")
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            warnings.Add(size > MaxCharacters ? "front matter larger than 64 KB ignored" : "front matter not closed; read as text");
            return Empty;
        }

        var yaml = string.Join('\n', lines.Skip(1).Take(close - 1));
        if (Depth(yaml) > MaxDepth)
        {
            warnings.Add($"front matter nested deeper than {MaxDepth} levels ignored");
            return new FrontMatter(new Dictionary<string, object?>(), close + 1);
        }

        var values = Parse(yaml, warnings);
        return new FrontMatter(values, close + 1);
    }

    /// <summary>The front matter of a note's text.</summary>
    /// <remarks>Only the head of the text is cut into lines: the front matter can be no longer than <see cref="MaxCharacters"/>, and a note's body may be far longer.</remarks>
    public static FrontMatter Of(string text, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return Empty;
        }

        var head = text.Length > MaxCharacters + 1024 ? text[..(MaxCharacters + 1024)] : text;
        return Read(SourceReader.SplitLines(head), warnings);
    }

    /// <summary>A key holding one string or a list of them, as Obsidian allows for <c>aliases</c> and <c>tags</c>.</summary>
    public IEnumerable<string> Texts(string key) => Values.GetValueOrDefault(key) switch
    {
        string text when !string.IsNullOrWhiteSpace(text) => [text.Trim()],
        IEnumerable<object?> items => items.OfType<string>().Where(item => !string.IsNullOrWhiteSpace(item)).Select(item => item.Trim()),
        _ => [],
    };

    public string? Text(string key) => Values.TryGetValue(key, out var value) && value is string text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    public int? Number(string key) =>
        Text(key) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    public DateOnly? Date(string key) =>
        Text(key) is { } text && DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public TimeOnly? Time(string key) =>
        Text(key) is { } text && TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    private static Dictionary<string, object?> Parse(string yaml, ICollection<string> warnings)
    {
        try
        {
            var parsed = Deserializer.Deserialize<Dictionary<string, object?>>(yaml);
            return parsed ?? [];
        }
        catch (YamlException error)
        {
            warnings.Add($"front matter is not valid YAML ({error.Start}); ignored");
            return [];
        }
#pragma warning disable CA1031 // YamlDotNet throws types other than YamlException on malformed input (DESIGN: read defensively); this is its one boundary.
        catch (Exception error)
#pragma warning restore CA1031
        {
            warnings.Add($"front matter could not be read ({error.GetType().Name}); ignored");
            return [];
        }
    }

    /// <summary>The deepest nesting of flow brackets or indentation, counted before YamlDotNet sees the text.</summary>
    private static int Depth(string yaml)
    {
        var deepest = 0;
        var open = 0;
        foreach (var c in yaml)
        {
            // Never below zero: closing brackets in a comment or a string must not pay for the opening ones after them.
            open = Math.Max(0, open + c switch { '[' or '{' => 1, ']' or '}' => -1, _ => 0 });
            deepest = Math.Max(deepest, open);
        }

        var indentDepth = yaml.Split('\n').Select(line => (line.Length - line.TrimStart(' ', '-').Length) / 2).DefaultIfEmpty(0).Max();
        return Math.Max(deepest, indentDepth);
    }
}
