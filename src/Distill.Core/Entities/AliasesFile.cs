using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Distill.Core.Planning;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Distill.Core.Entities;

/// <summary>
/// <c>.distill/aliases.yaml</c>, the file users edit to say who is who (DESIGN: Configuration):
/// <c>Canonical Name: [alias, …]</c>, a block list, a flow list or a single name. Canonical names that fold to one
/// key (case, Unicode form) are one entry, kept under the spelling met first.
/// </summary>
public sealed partial record AliasesFile(ImmutableSortedDictionary<string, ImmutableArray<string>> ByCanonical)
{
    public const string RelativePath = ".distill/aliases.yaml";

    /// <summary>Far more than a team's aliases; a larger file is a mistake, not a vault.</summary>
    public const int MaxCharacters = 256 * 1024;

    private const string Header = "Who is who: Canonical Name: [alias, ...]. Distill reads this file with the entity notes' aliases.";

    private const string ExpectedNames = "expected a list of names";

    private const string ExpectedEntries = "expected lines of the form 'Canonical Name: [alias, ...]'";

    public static AliasesFile Empty { get; } = new(ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>
    /// The vault's aliases as the planner reads them: none without the file; a file that does not read counts as none
    /// here, since every command checks it first (<c>VaultConfig.Read</c>) and stops with its problem.
    /// </summary>
    public static AliasesFile Of(VaultFile? stored) => stored is null ? Empty : Parse(stored.Content).File;

    /// <summary>
    /// The file's entries, or a one-line problem naming the file and the reason. The YAML is read as a stream of
    /// events and only two levels are accepted, so nesting, anchors and size are capped before anything is built.
    /// </summary>
    public static (AliasesFile File, string? Problem) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxCharacters)
        {
            return (Empty, $"{RelativePath}: larger than {MaxCharacters / 1024} KB; ignored");
        }

        try
        {
            return Read(new Parser(new StringReader(text)));
        }
        catch (YamlException error)
        {
            return (Empty, Problem(error.Start, "not valid YAML"));
        }
#pragma warning disable CA1031 // YamlDotNet's parser throws types other than YamlException on malformed input (InvalidOperationException, found by a property test); this is its one boundary here.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return (Empty, Problem(null, $"not valid YAML ({error.GetType().Name})"));
        }
    }

    /// <summary>The file with <paramref name="alias"/> added to <paramref name="canonical"/>, unless either already names it.</summary>
    public AliasesFile With(string canonical, string alias)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonical);
        ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        var key = ByCanonical.Keys.FirstOrDefault(existing => SafeName.Key(existing) == SafeName.Key(canonical)) ?? canonical.Trim();
        var aliases = ByCanonical.GetValueOrDefault(key, []);
        var trimmed = alias.Trim();
        var known = SafeName.Key(trimmed) == SafeName.Key(key) || aliases.Any(existing => SafeName.Key(existing) == SafeName.Key(trimmed));
        return this with { ByCanonical = ByCanonical.SetItem(key, known ? aliases : aliases.Add(trimmed)) };
    }

    /// <summary>The file's text, written by YamlDotNet's emitter so that any name is quoted as YAML needs.</summary>
    public string Write()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer);
        emitter.Emit(new StreamStart());
        emitter.Emit(new Comment(Header, isInline: false));
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
        foreach (var (canonical, aliases) in ByCanonical)
        {
            emitter.Emit(Name(canonical));
            emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, aliases.IsEmpty ? SequenceStyle.Flow : SequenceStyle.Block));
            foreach (var alias in aliases)
            {
                emitter.Emit(Name(alias));
            }

            emitter.Emit(new SequenceEnd());
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    /// <summary>The aliases of every entry whose canonical name folds to <paramref name="name"/>'s key.</summary>
    internal IEnumerable<string> AliasesOf(string name)
    {
        var key = SafeName.Key(name);
        return ByCanonical.Where(entry => SafeName.Key(entry.Key) == key).SelectMany(entry => entry.Value);
    }

    /// <summary>The canonical name <paramref name="name"/> is, or is an alias of; the ordinal-first when several claim it.</summary>
    internal string? CanonicalOf(string name)
    {
        var key = SafeName.Key(name);
        return ByCanonical
            .Where(entry => SafeName.Key(entry.Key) == key || entry.Value.Any(alias => SafeName.Key(alias) == key))
            .Select(entry => entry.Key)
            .FirstOrDefault();
    }

    private static (AliasesFile File, string? Problem) Read(Parser parser)
    {
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return (Empty, null);
        }

        parser.Consume<DocumentStart>();
        var (file, problem) = parser.TryConsume<Scalar>(out var only)
            ? (Empty, IsNothing(only) ? null : Problem(only.Start, ExpectedEntries))
            : ReadEntries(parser);
        if (problem is not null)
        {
            return (Empty, problem);
        }

        parser.Consume<DocumentEnd>();
        return parser.Accept<StreamEnd>(out _) ? (file, null) : (Empty, Problem(parser.Current?.Start, "expected one document"));
    }

    private static (AliasesFile File, string? Problem) ReadEntries(Parser parser)
    {
        if (!parser.TryConsume<MappingStart>(out _))
        {
            return (Empty, Problem(parser.Current?.Start, ExpectedEntries));
        }

        var file = Empty;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var canonical) || string.IsNullOrWhiteSpace(canonical.Value))
            {
                return (Empty, Problem(parser.Current?.Start, "expected a canonical name"));
            }

            var (aliases, problem) = ReadAliases(parser);
            if (problem is not null)
            {
                return (Empty, problem);
            }

            file = aliases.Aggregate(file.WithCanonical(canonical.Value), (current, alias) => current.With(canonical.Value, alias));
        }

        return (file, null);
    }

    /// <summary>A single name, a list of names, or nothing (<c>Name:</c> with no aliases yet).</summary>
    private static (IReadOnlyList<string> Aliases, string? Problem) ReadAliases(Parser parser)
    {
        if (parser.TryConsume<Scalar>(out var single))
        {
            return (IsNothing(single) ? [] : [single.Value], null);
        }

        if (!parser.TryConsume<SequenceStart>(out _))
        {
            return ([], Problem(parser.Current?.Start, ExpectedNames));
        }

        var aliases = new List<string>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var alias))
            {
                return ([], Problem(parser.Current?.Start, ExpectedNames));
            }

            if (!string.IsNullOrWhiteSpace(alias.Value))
            {
                aliases.Add(alias.Value);
            }
        }

        return (aliases, null);
    }

    /// <summary>
    /// A name as a plain scalar when it is letters, spaces, apostrophes, dots and hyphens, as users write names;
    /// anything else double-quoted, because YamlDotNet's emitter writes some plain scalars ("a *b") that its own
    /// parser then rejects.
    /// </summary>
    private static Scalar Name(string name) =>
        new(AnchorName.Empty, TagName.Empty, name, PlainName().IsMatch(name) ? ScalarStyle.Any : ScalarStyle.DoubleQuoted, isPlainImplicit: true, isQuotedImplicit: true);

    private AliasesFile WithCanonical(string canonical) =>
        ByCanonical.Keys.Any(existing => SafeName.Key(existing) == SafeName.Key(canonical))
            ? this
            : this with { ByCanonical = ByCanonical.Add(canonical.Trim(), []) };

    /// <summary>An empty value, or YAML's null, which a user writes for a name that has no aliases yet.</summary>
    private static bool IsNothing(Scalar scalar) =>
        string.IsNullOrWhiteSpace(scalar.Value) || (scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL");

    private static string Problem(Mark? at, string reason) => at is { } mark ? $"{RelativePath}: line {mark.Line}: {reason}" : $"{RelativePath}: {reason}";

    [GeneratedRegex(@"^\p{L}(?:[\p{L}\p{M} '’.\-]*[\p{L}\p{M}'’.])?$")]
    private static partial Regex PlainName();
}
