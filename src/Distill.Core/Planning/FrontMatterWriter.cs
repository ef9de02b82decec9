using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Distill.Core.Planning;

/// <summary>
/// A note's front matter written by YamlDotNet's emitter, never by concatenating strings (DESIGN invariant 8): keys in
/// the order they are added, links as double-quoted strings so Obsidian reads them as links, text that YAML would read
/// as something else (a number, a boolean, null) quoted, LF line ends on every system.
/// </summary>
internal sealed partial class FrontMatterWriter
{
    private static readonly EmitterSettings Settings = new EmitterSettings().WithIndentedSequences().WithNewLine("\n");

    private readonly List<ParsingEvent> events = [];

    public FrontMatterWriter Text(string key, string value)
    {
        Scalar(key);
        Scalar(value, StyleOf(value));
        return this;
    }

    public FrontMatterWriter Date(string key, DateOnly value)
    {
        Scalar(key);
        Scalar(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ScalarStyle.Plain);
        return this;
    }

    public FrontMatterWriter Number(string key, int value)
    {
        Scalar(key);
        Scalar(value.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain);
        return this;
    }

    /// <summary>A key with no value (YAML null): what Distill writes for a value it owns but no longer knows, so a merge does not keep the stale one.</summary>
    public FrontMatterWriter Empty(string key)
    {
        Scalar(key);
        Scalar("null", ScalarStyle.Plain);
        return this;
    }

    /// <summary>A block list, or <c>[]</c> when empty.</summary>
    public FrontMatterWriter List(string key, IEnumerable<string> values)
    {
        var items = values.ToList();
        Scalar(key);
        events.Add(new SequenceStart(null, null, isImplicit: true, items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
        foreach (var item in items)
        {
            Scalar(item, StyleOf(item));
        }

        events.Add(new SequenceEnd());
        return this;
    }

    /// <summary>The block between its <c>---</c> fences, each line ended by LF.</summary>
    public string Write()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart());
        foreach (var parsingEvent in events)
        {
            emitter.Emit(parsingEvent);
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return "---\n" + writer + "---\n";
    }

    private void Scalar(string value, ScalarStyle style = ScalarStyle.Any) =>
        events.Add(new Scalar(null, null, value, style, isPlainImplicit: true, isQuotedImplicit: true));

    private static ScalarStyle StyleOf(string value) =>
        value.StartsWith("[[", StringComparison.Ordinal) || NotText().IsMatch(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;

    /// <summary>What a YAML 1.1 or 1.2 reader could take for something other than a string: null, a boolean, a number, a date, a time.</summary>
    [GeneratedRegex(@"^(?:$|[-+.~0-9]|(?:null|true|false|yes|no|on|off|y|n)$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotText();
}
