using Distill.Core.Planning;
using Distill.Core.Vault;

namespace Distill.Core.Pipeline;

/// <summary>
/// What an ingest planned and what it did: <paramref name="Applied"/> is null for a dry run. <paramref name="Snapshot"/>
/// is the vault the plan was made from, for printing the plan as a diff.
/// </summary>
public sealed record IngestResult(VaultSnapshot Snapshot, PlanResult Planned, ApplyReport? Applied);
