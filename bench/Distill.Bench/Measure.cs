using System.Diagnostics;

namespace Distill.Bench;

/// <summary>Wall-clock times of repeated work, reported as medians: these machines are noisy.</summary>
internal static class Measure
{
    public static double Time<T>(Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed.TotalMilliseconds;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
