namespace Distill.Cli.Commands;

/// <summary>How <c>distill ingest</c> was asked to run.</summary>
internal sealed record IngestFlags(bool DryRun, bool Reprocess, string? Regenerate, bool Json);
