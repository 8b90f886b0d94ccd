// expect: none
// case: lock on a private static readonly object around a static metrics registry
using System.Collections.Generic;

namespace Ops.Telemetry;

public static class GaugeRegistry
{
    private static readonly object s_gate = new();
    private static readonly Dictionary<string, double> s_gauges = new();

    public static void Set(string name, double value)
    {
        lock (s_gate)
        {
            s_gauges[name] = value;
        }
    }
}
