namespace Distill.Core.Pipeline;

/// <summary>How far the reading of a run's sources has got.</summary>
public sealed record IngestProgress(int Done, int Total);
