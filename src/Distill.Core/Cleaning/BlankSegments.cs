using Distill.Core.Sources;

namespace Distill.Core.Cleaning;

/// <summary>Drops the segments that the steps before emptied: nothing was said in them.</summary>
internal sealed class BlankSegments : ICleaningStep
{
    public Source Apply(Source source, CleaningOptions options) => source with
    {
        Segments = [.. source.Segments.Where(segment => segment.Text.Any(char.IsLetterOrDigit))],
    };
}
