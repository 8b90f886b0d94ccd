namespace OpsPlatform.Domain.Entities;

public class MaintenanceWindow
{
    public int Id { get; set; }

    /// <summary>The server affected, or null for work on shared infrastructure (network, power, storage).</summary>
    public int? ServerId { get; set; }

    public Server? Server { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public MaintenanceKind Kind { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public DateTimeOffset? StaffNotifiedAt { get; set; }
}

public enum MaintenanceKind
{
    Routine,
    Emergency,
}
