using Distill.Core.Sources;

namespace Distill.Core.Cleaning;

/// <summary>One rule of the cleaner: a source in, a cleaner source out, nothing else touched.</summary>
internal interface ICleaningStep
{
    Source Apply(Source source, CleaningOptions options);
}
