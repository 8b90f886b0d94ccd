namespace OpsPlatform.Integrations.Storage;

/// <summary>The storage clusters' management API (volumes, snapshots, backup queue).</summary>
public interface IStorageApi
{
    /// <summary>Starts a snapshot of a server's system volume; returns the snapshot id.</summary>
    Task<string> StartSnapshotAsync(string cluster, string volume, string label, bool throttled, CancellationToken cancellationToken);

    Task<StorageSnapshot> GetSnapshotAsync(string cluster, string snapshotId, CancellationToken cancellationToken);

    Task DeleteSnapshotAsync(string cluster, string snapshotId, CancellationToken cancellationToken);

    Task<IReadOnlyList<BackupQueueStatus>> GetBackupQueuesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ThrottlePolicy>> GetThrottlePoliciesAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the list of customers whose backups are not throttled.</summary>
    Task SetThrottleBypassAsync(IReadOnlyCollection<int> customerIds, CancellationToken cancellationToken);
}
