using System.Collections.Immutable;

namespace Distill.Core.Planning;

/// <summary>One known source: its identity, the note it became, every archived copy of it and the extractor that wrote the note.</summary>
/// <param name="Sha256">The source's <see cref="Sources.Source.Identity"/>: the hash of its content, or of an email thread's first message.</param>
/// <param name="Note">The note's vault-relative path.</param>
/// <param name="Sources">
/// The archived copies, the one the note was written from first: the first copy of a transcript, the longest export
/// of a thread.
/// </param>
/// <param name="Extractor">The extractor, name and version, that wrote the note.</param>
public sealed record LedgerEntry(string Sha256, string Note, ImmutableArray<string> Sources, string Extractor);
