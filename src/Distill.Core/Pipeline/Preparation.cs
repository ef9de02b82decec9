using Distill.Core.Cleaning;
using Distill.Core.Sources;

namespace Distill.Core.Pipeline;

/// <summary>The stages every command starts with: a file read, then cleaned.</summary>
public static class Preparation
{
    public static ReadResult ReadAndClean(string path, CleaningOptions options) => SourceReader.Read(path) switch
    {
        ReadResult.Read read => new ReadResult.Read(Cleaner.Clean(read.Source, options)),
        var rejected => rejected,
    };
}
