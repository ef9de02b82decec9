using System.Collections.Immutable;
using Distill.Core.Extraction;
using Distill.Core.Planning;
using Distill.Core.Sources;
using Distill.Core.Tests.Cleaning;

namespace Distill.Core.Tests.Planning;

/// <summary>
/// A small 1:1 of Jason Vallery (the vault owner) and Jai Menon, its extraction and the context of its meeting note:
/// turns with times, one recorder segment long enough to be cut, a name the entity map does not know ("Speaker 1").
/// </summary>
internal static class NoteBuilder
{
    public const string Owner = "Jason Vallery";

    public static readonly IReadOnlyDictionary<string, string> Entities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Jason Vallery"] = "Jason Vallery",
        ["Jai Menon"] = "Jai Menon",
        ["Jai"] = "Jai Menon",
        ["Manish"] = "Maneesh Sah",
        ["Apollo"] = "Apollo",
    };

    public static MeetingNoteContext Context { get; } = new(
        "1:1 with Jai Menon — external offers and Apollo scope",
        "Sources/Transcripts/2025/2025-09-30 - Jai Menon.md",
        "rules 1.0",
        [],
        new VaultOwner(Owner, null),
        ProposedStatus: true,
        Entities);

    public static ImmutableArray<Segment> Segments { get; } =
    [
        Segment(25, 40, Owner, "Hey Jai, how you doing? I'm doing all right.", 1),
        Segment(620, 731, Owner,
            "You know, there's four real external opportunities. Two of them I've probably already ruled out in my head. "
            + "Two that I think are potentials. They are all management roles. I want to be honest with you about where I am. "
            + "Apollo is the reason I would stay, if the scope is clear.",
            2),
        Segment(731, 735, "Jai Menon", "Okay.", 3),
        Segment(1030, 1045, Owner, "I'll send Jai and Manish the best offer with my asks by Friday.", 4),
        Segment(1450, 1470, "Jai Menon", "Let's wait for your decision before we build anything.", 5),
        Segment(1741, 1760, "Speaker 1", "Apollo needs a clean-sheet design.", 6),
    ];

    public static Source Source(ImmutableArray<Segment> segments) =>
        SourceBuilder.Of("Jai Menon", segments) with { Sha256 = "29803638cfc02e04e9fe795d17120ff0fa6f9b8e86e443a83b282cddc20bca8c" };

    public static Core.Extraction.Extraction Extraction() => Extraction(Source(Segments));

    public static Core.Extraction.Extraction Extraction(Source source) => new(
        source,
        [Owner, "Jai Menon"],
        "Jason has four external offers and would stay for a clear Apollo scope.",
        [Item("He has four external opportunities, all management roles.", At(1, 660)), Item("Apollo needs a clean-sheet design.", At(5, 1741))],
        [],
        [Item("Wait for Jason's decision before building a retention offer.", At(4, 1450))],
        [
            new TaskItem("Send Jai and Manish the best offer with the asks for staying", [At(3, 1030)], Owner, new DateOnly(2025, 10, 3), Priority.High),
            new TaskItem("Brief Manish on Jason's expectations", [At(4, 1455)], "Jai Menon", new DateOnly(2025, 10, 3), Priority.Medium),
        ],
        [new TaskItem("Reconnect once the offers are final", [At(2, 733)], "Speaker 1", null, null)],
        [],
        [Item("Who owns Apollo product management?", At(1, 700))],
        new Mentions(["Manish", "Jai Menon"], ["Apollo"], []));

    public static string Note() => MeetingNote.Render(Extraction(), Context);

    public static Segment Segment(int start, int end, string? speaker, string text, int line) =>
        new(TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), speaker, text, line);

    public static Item Item(string text, params Evidence[] evidence) => new(text, [.. evidence]);

    /// <summary>Evidence for the segment at <paramref name="index"/> of <see cref="Segments"/>, said at <paramref name="second"/>.</summary>
    public static Evidence At(int index, double second) =>
        new(TimeSpan.FromSeconds(second), null, Segments[index].Speaker, Segments[index].Text, Segments[index].Line);
}
