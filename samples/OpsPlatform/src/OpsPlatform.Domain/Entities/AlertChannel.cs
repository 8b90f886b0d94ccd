namespace OpsPlatform.Domain.Entities;

public enum AlertChannel
{
    Sms,
    Email,
}
