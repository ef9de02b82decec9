using System.Collections.Immutable;
using Distill.Core.Sources;

namespace Distill.Core.Tests.Cleaning;

/// <summary>Small synthetic transcripts for the cleaning tests: one segment per turn, ten seconds apart.</summary>
internal static class SourceBuilder
{
    public const string NeutralTitle = "Weekly sync";

    public static Source Transcript(params (string? Speaker, string Text)[] turns) => Titled(NeutralTitle, turns);

    public static Source Titled(string title, params (string? Speaker, string Text)[] turns) =>
        Of(title, [.. turns.Select((turn, index) => Turn(index, turn.Speaker, turn.Text))]);

    public static Source Of(string title, ImmutableArray<Segment> segments) => new(
        Path: "Inbox/synthetic.txt",
        Kind: SourceKind.Transcript,
        Format: "macwhisper-timestamped",
        Sha256: "synthetic",
        Date: new DateOnly(2025, 9, 30),
        DateOrigin: DateOrigin.FileName,
        Time: null,
        Title: title,
        Segments: segments,
        Removals: [],
        Warnings: []);

    public static Segment Turn(int index, string? speaker, string text) =>
        new(TimeSpan.FromSeconds(index * 10), TimeSpan.FromSeconds((index + 1) * 10), speaker, text, index + 1);

    public static int WordCount(Source source) =>
        source.Segments.Sum(segment => segment.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
