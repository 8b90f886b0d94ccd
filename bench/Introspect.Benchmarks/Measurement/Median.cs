namespace Introspect.Benchmarks.Measurement;

/// <summary>The median of a set of timings: robust to the odd slow run on a shared machine.</summary>
internal static class Median
{
    public static TimeSpan Of(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return TimeSpan.Zero;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
