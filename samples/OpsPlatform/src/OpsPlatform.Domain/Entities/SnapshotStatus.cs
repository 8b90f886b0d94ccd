namespace OpsPlatform.Domain.Entities;

public enum SnapshotStatus
{
    Requested,
    Running,
    Completed,
    Failed,
    Expired,
}
