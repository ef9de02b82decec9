namespace Distill.Core.Sources;

/// <summary>Why a file could not be used, in words the user can act on.</summary>
public sealed record Problem(string File, string Reason)
{
    public override string ToString() => $"{File}: {Reason}";
}
