namespace OpsPlatform.Worker.Backups;

/// <summary>
/// The customers whose backups currently run without the bandwidth throttle.
/// Filled by <see cref="BackupBypassRefresher"/>, read by the snapshot and backup jobs.
/// </summary>
public sealed class BackupThrottleBypassCache
{
    private HashSet<int> _customerIds = [];

    public bool IsBypassed(int customerId)
    {
        lock (this)
        {
            return _customerIds.Contains(customerId);
        }
    }

    public void Replace(IEnumerable<int> customerIds)
    {
        var fresh = new HashSet<int>(customerIds);

        lock (this)
        {
            _customerIds = fresh;
        }
    }
}
