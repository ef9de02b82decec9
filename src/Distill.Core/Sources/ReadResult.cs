namespace Distill.Core.Sources;

public abstract record ReadResult
{
    private ReadResult()
    {
    }

    public sealed record Read(Source Source) : ReadResult;

    public sealed record Rejected(Problem Problem) : ReadResult;
}
