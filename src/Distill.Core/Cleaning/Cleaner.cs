using System.Collections.Immutable;
using Distill.Core.Sources;

namespace Distill.Core.Cleaning;

/// <summary>The cleaning stage: the steps in the order each one needs the ones before it.</summary>
public static class Cleaner
{
    private static readonly ImmutableArray<ICleaningStep> Steps =
    [
        new MojibakeRepair(),
        new InvisibleCharacters(),
        new GluedNames(),
        new SpeakerNamer(),
        new NoiseMarkers(),
        new LoopCollapser(),
        new EchoFilter(),
        new BlankSegments(),
    ];

    public static Source Clean(Source source, CleaningOptions options) =>
        Steps.Aggregate(source, (current, step) => step.Apply(current, options));
}
