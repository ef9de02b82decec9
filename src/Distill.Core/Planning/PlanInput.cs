using Distill.Core.Sources;

namespace Distill.Core.Planning;

/// <summary>One source as the planner receives it.</summary>
public abstract record PlanInput
{
    private PlanInput()
    {
    }

    /// <summary>A file dropped for ingest (absolute path), read and extracted.</summary>
    public sealed record Dropped(string From, Extraction.Extraction Extraction) : PlanInput;

    /// <summary>An archived source read again to regenerate its note (<c>--reprocess</c>, <c>--regenerate</c>).</summary>
    public sealed record Archived(string Path, Extraction.Extraction Extraction) : PlanInput;

    /// <summary>A dropped file that could not be read.</summary>
    public sealed record Rejected(string From, Problem Problem) : PlanInput;
}
