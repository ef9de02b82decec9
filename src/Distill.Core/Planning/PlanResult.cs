using System.Collections.Immutable;
using Distill.Core.Sources;

namespace Distill.Core.Planning;

/// <summary>The plan, what it means for each source, and the notes whose edited parts it left alone.</summary>
/// <param name="Plan">Every file the run would write, move or remove.</param>
/// <param name="Outcomes">What the run does with each source.</param>
/// <param name="LeftAlone">Entity notes with a region the user edited, kept as they are (<c>ingest --regenerate NOTE</c> replaces it); meeting notes report theirs in <paramref name="Outcomes"/>.</param>
/// <param name="Cache">The note cache to keep once the plan is applied; null when the snapshot came without one.</param>
public sealed record PlanResult(ChangePlan Plan, ImmutableArray<IngestOutcome> Outcomes, ImmutableArray<Problem> LeftAlone, NoteCache? Cache = null)
{
    public static PlanResult Empty { get; } = new(ChangePlan.Empty, [], []);
}
