namespace OpsPlatform.Domain.Entities;

public enum ServerStatus
{
    Provisioning,
    Active,
    Suspended,
    Decommissioned,
}
