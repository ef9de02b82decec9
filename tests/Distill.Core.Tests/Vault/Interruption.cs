namespace Distill.Core.Tests.Vault;

/// <summary>Where, within the step it was carrying out, a crashed run stopped.</summary>
public enum Interruption
{
    /// <summary>Between steps: the previous one recorded, the next not begun.</summary>
    BetweenSteps,

    /// <summary>The step's temporary file written, the target not yet renamed over (before-rename).</summary>
    TemporaryWritten,

    /// <summary>The step carried out, the journal not told (after-rename, after-delete, after-archive).</summary>
    NotRecorded,

    /// <summary>The step carried out and its progress line cut short.</summary>
    RecordCutShort,
}
