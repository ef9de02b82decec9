namespace Distill.Core.Sources;

public enum RemovalKind
{
    /// <summary>A phrase the recognizer repeated in a loop beyond its first occurrence.</summary>
    Loop,

    /// <summary>A silence or noise marker such as "(keyboard clicking)" or "[BLANK_AUDIO]".</summary>
    Noise,

    /// <summary>Words one recording channel heard again from the other.</summary>
    Echo,
}
