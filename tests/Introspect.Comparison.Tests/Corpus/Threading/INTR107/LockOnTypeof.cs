// expect: INTR107
// case: lock (typeof(...)) around a static metrics registry
using System.Collections.Generic;

namespace Ops.Telemetry;

public static class GaugeRegistry
{
    private static readonly Dictionary<string, double> s_gauges = new();

    public static void Set(string name, double value)
    {
        lock (typeof(GaugeRegistry))
        {
            s_gauges[name] = value;
        }
    }
}
