namespace OpsPlatform.Worker.Maintenance;

public sealed class MaintenanceMailerOptions
{
    public const string SectionName = "MaintenanceMailer";

    public string StaffDistributionList { get; set; } = "ops-staff@opsplatform.example";

    /// <summary>Phones of the on-call engineers; they get an SMS for every emergency window.</summary>
    public List<string> OnCallPhones { get; set; } = [];

    public int LookaheadDays { get; set; } = 7;

    public string TimeZoneId { get; set; } = "Europe/Berlin";
}
