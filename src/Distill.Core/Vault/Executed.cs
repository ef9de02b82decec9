using System.Collections.Immutable;
using Distill.Core.Planning;
using Distill.Core.Sources;

namespace Distill.Core.Vault;

/// <summary>What a journaled run did: the changes carried out, the steps done (for the git commit), and what it left alone.</summary>
internal sealed record Executed(
    ApplyOutcome Outcome,
    ImmutableArray<FileChange> Applied,
    ImmutableArray<Step> Done,
    ImmutableArray<Conflict> Conflicts,
    ImmutableArray<Problem> Problems);
