namespace OpsPlatform.Domain.Entities;

/// <summary>
/// Lets a customer's backups run without the storage cluster's bandwidth throttle,
/// e.g. while migrating a large data set or after an incident.
/// </summary>
public class BackupThrottleBypass
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer Customer { get; set; } = null!;

    public string Reason { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the bypass stops applying; null means until revoked.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
