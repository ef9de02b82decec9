using System.Collections.Immutable;
using Distill.Core.Entities;

namespace Distill.Core.Planning;

/// <summary>What <c>distill doctor</c> finds: suggestions, never changes.</summary>
public sealed record DoctorReport(
    ImmutableArray<SuspectedDuplicate> Suspects,
    ImmutableArray<DanglingLink> Dangling,
    ImmutableArray<string> SingleMention,
    ImmutableArray<StaleContact> Stale);
