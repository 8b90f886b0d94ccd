namespace OpsPlatform.Worker.Monitoring;

public sealed record SyncRun(DateTimeOffset FinishedAt, int HostsPushed, IReadOnlyList<string> FailedHosts, TimeSpan Duration);

/// <summary>Results of the last monitoring syncs; a singleton shared by the sync job and the status log.</summary>
public sealed class SyncStatistics
{
    private readonly object _gate = new();
    private SyncRun? _lastRun;
    private int _consecutiveFailedRuns;

    /// <summary>Stores the run and returns how many runs in a row had failures.</summary>
    public int Record(SyncRun run)
    {
        lock (_gate)
        {
            _lastRun = run;
            _consecutiveFailedRuns = run.FailedHosts.Count > 0 ? _consecutiveFailedRuns + 1 : 0;
            return _consecutiveFailedRuns;
        }
    }

    public SyncRun? LastRun
    {
        get
        {
            lock (_gate)
            {
                return _lastRun;
            }
        }
    }
}
