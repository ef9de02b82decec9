using Distill.Core.Sources;

namespace Distill.Core.Planning;

/// <summary>One source as the planner receives it.</summary>
public abstract record PlanInput
{
    private PlanInput()
    {
    }

    /// <summary>
    /// A file dropped for ingest (absolute path), read and extracted. <paramref name="OutsideVault"/>: given from
    /// elsewhere, so it is archived as a copy, and, when its content is known, left alone rather than copied again.
    /// </summary>
    public sealed record Dropped(string From, Extraction.Extraction Extraction, bool OutsideVault = false) : PlanInput;

    /// <summary>An archived source read again to regenerate its note (<c>--reprocess</c>, <c>--regenerate</c>).</summary>
    public sealed record Archived(string Path, Extraction.Extraction Extraction) : PlanInput;

    /// <summary>A dropped file that could not be read.</summary>
    public sealed record Rejected(string From, Problem Problem) : PlanInput;
}
