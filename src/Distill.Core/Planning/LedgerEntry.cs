using System.Collections.Immutable;

namespace Distill.Core.Planning;

/// <summary>
/// One known source: its identity, the note it became, every archived copy of it (the first one first) and the
/// extractor that wrote the note.
/// </summary>
public sealed record LedgerEntry(string Sha256, string Note, ImmutableArray<string> Sources, string Extractor);
