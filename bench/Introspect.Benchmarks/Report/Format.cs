using System.Globalization;

namespace Introspect.Benchmarks.Report;

/// <summary>Numbers as the report prints them: invariant culture, milliseconds and percentages.</summary>
internal static class Format
{
    public static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";

    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture) + " s";

    public static string Percent(double share) => (share * 100).ToString("N2", CultureInfo.InvariantCulture) + " %";

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string YesNo(bool met) => met ? "**met**" : "**not met**";
}
