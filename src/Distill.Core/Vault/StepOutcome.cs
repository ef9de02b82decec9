namespace Distill.Core.Vault;

/// <summary>What became of a step: done, not needed, or left alone because the disk is not as the plan expected.</summary>
internal abstract record StepOutcome
{
    private StepOutcome()
    {
    }

    public static Completed Done { get; } = new();

    public static Unneeded AlreadyDone { get; } = new();

    public sealed record Completed : StepOutcome;

    /// <summary>The disk already is as the step would leave it.</summary>
    public sealed record Unneeded : StepOutcome;

    /// <summary>The target changed since it was read (DESIGN invariant 3).</summary>
    public sealed record Conflicted(string Reason) : StepOutcome;

    /// <summary>The step cannot be carried out as planned, e.g. an archive destination that exists.</summary>
    public sealed record Refused(string File, string Reason) : StepOutcome;
}
