namespace Distill.Core.Sources;

public enum SourceKind
{
    Transcript,
    Email,
    Document,
}
