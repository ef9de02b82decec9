using Distill.Core.Cleaning;
using Distill.Core.Sources;

namespace Distill.Core.Pipeline;

/// <summary>The stages every command starts with: a file read, then cleaned.</summary>
public static class Preparation
{
    public static ReadResult ReadAndClean(string path, CleaningOptions options) => ReadAndClean(path, expected: null, options);

    /// <summary>A file read as the kind its folder says (<see cref="SourceReader.Read(string, SourceKind?)"/>), then cleaned.</summary>
    public static ReadResult ReadAndClean(string path, SourceKind? expected, CleaningOptions options) => SourceReader.Read(path, expected) switch
    {
        ReadResult.Read read => new ReadResult.Read(Cleaner.Clean(read.Source, options)),
        var rejected => rejected,
    };
}
