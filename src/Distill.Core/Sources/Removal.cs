namespace Distill.Core.Sources;

/// <summary>Text that cleaning took out on purpose, kept so that what was dropped can be counted and shown.</summary>
public sealed record Removal(RemovalKind Kind, int Line, string Text);

public enum RemovalKind
{
    /// <summary>A phrase the recognizer repeated in a loop beyond its first occurrence.</summary>
    Loop,

    /// <summary>A silence or noise marker such as "(keyboard clicking)" or "[BLANK_AUDIO]".</summary>
    Noise,

    /// <summary>Words one recording channel heard again from the other.</summary>
    Echo,
}
