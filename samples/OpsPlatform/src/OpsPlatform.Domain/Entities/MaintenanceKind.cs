namespace OpsPlatform.Domain.Entities;

public enum MaintenanceKind
{
    Routine,
    Emergency,
}
