using System.Collections.Immutable;
using Distill.Core.Sources.Email;

namespace Distill.Core.Sources;

/// <summary>A file as Distill understands it: what it is, when it happened, and who said what.</summary>
/// <param name="Path">The file as it was given.</param>
/// <param name="Kind">Transcript, email or document.</param>
/// <param name="Format">The layout the reader recognised, e.g. "macwhisper-timestamped".</param>
/// <param name="Sha256">The identity of the normalised content (DESIGN invariant 1).</param>
/// <param name="Date">The day it happened.</param>
/// <param name="DateOrigin">Where <paramref name="Date"/> came from.</param>
/// <param name="Time">The time of day it started, when known.</param>
/// <param name="Title">A readable title.</param>
/// <param name="Segments">The content, in order.</param>
/// <param name="Removals">What cleaning took out on purpose.</param>
/// <param name="Warnings">What the reader skipped or guessed, one sentence each.</param>
public sealed record Source(
    string Path,
    SourceKind Kind,
    string Format,
    string Sha256,
    DateOnly Date,
    DateOrigin DateOrigin,
    TimeOnly? Time,
    string Title,
    ImmutableArray<Segment> Segments,
    ImmutableArray<Removal> Removals,
    ImmutableArray<string> Warnings)
{
    /// <summary>
    /// The file's text as read, before any cleaning: what evidence quotes must be found in. Empty for a
    /// source built in memory.
    /// </summary>
    public string Raw { get; init; } = string.Empty;

    /// <summary>The thread an email source is (senders, people, identity); null for transcripts and documents.</summary>
    public EmailThread? Email { get; init; }

    /// <summary>Who wrote a document, as its front matter says; null for transcripts and email.</summary>
    public string? Author { get; init; }

    /// <summary>
    /// What makes two files one source, and so one note (DESIGN invariant 1): the thread for an email, so that a later
    /// export with more messages updates its note; the normalised content otherwise.
    /// </summary>
    public string Identity => Email?.Identity ?? Sha256;
}
