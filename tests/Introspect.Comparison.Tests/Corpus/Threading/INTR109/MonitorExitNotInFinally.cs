// expect: INTR109
// case: Monitor.Enter ... Monitor.Exit with the work in between and no finally
using System.Collections.Generic;
using System.Threading;

namespace Ops.Scheduling;

public sealed class MaintenanceCalendar
{
    private readonly object _gate = new();
    private readonly List<string> _windows = new();

    public void Add(string window)
    {
        Monitor.Enter(_gate);
        _windows.Add(window);
        _windows.Sort();
        Monitor.Exit(_gate);
    }
}
