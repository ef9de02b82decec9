namespace Distill.Core.Extraction;

public enum Priority
{
    Highest,
    High,
    Medium,
    Low,
    Lowest,
}
