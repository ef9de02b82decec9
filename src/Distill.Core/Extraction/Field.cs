namespace Distill.Core.Extraction;

/// <summary>The fields an extraction rule fills.</summary>
internal enum Field
{
    KeyFact,
    Outcome,
    Decision,
    ActionItem,
    FollowUp,
    Risk,
    OpenQuestion,
}
