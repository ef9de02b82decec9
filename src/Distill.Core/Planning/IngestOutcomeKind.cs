namespace Distill.Core.Planning;

public enum IngestOutcomeKind
{
    Created,
    Updated,
    Unchanged,
    Failed,
}
