namespace Distill.Core.Cleaning;

/// <summary>What the cleaner needs to know about the person whose recordings these are.</summary>
/// <param name="Owner">The vault owner's full name; null when not configured.</param>
public sealed record CleaningOptions(string? Owner)
{
    /// <summary>The name the local recording channel gets: the owner, else "Me" (DESIGN, Configuration).</summary>
    public string LocalSpeaker => string.IsNullOrWhiteSpace(Owner) ? "Me" : Owner.Trim();
}
