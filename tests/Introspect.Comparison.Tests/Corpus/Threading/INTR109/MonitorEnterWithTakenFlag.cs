// expect: none
// case: Monitor.Enter(gate, ref taken) inside try, Exit in finally when taken
using System.Collections.Generic;
using System.Threading;

namespace Ops.Scheduling;

public sealed class MaintenanceCalendar
{
    private readonly object _gate = new();
    private readonly List<string> _windows = new();

    public void Add(string window)
    {
        var taken = false;
        try
        {
            Monitor.Enter(_gate, ref taken);
            _windows.Add(window);
            _windows.Sort();
        }
        finally
        {
            if (taken)
            {
                Monitor.Exit(_gate);
            }
        }
    }
}
