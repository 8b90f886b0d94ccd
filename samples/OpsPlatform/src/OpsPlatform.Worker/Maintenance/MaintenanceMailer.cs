using System.Globalization;
using System.Text;
using Coravel.Invocable;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;
using OpsPlatform.Integrations.Email;
using OpsPlatform.Integrations.Sms;

namespace OpsPlatform.Worker.Maintenance;

/// <summary>
/// Coravel invocable: every morning, e-mails the staff a digest of the maintenance windows of the
/// coming days that they have not been told about yet, and pages on-call for emergency windows.
/// </summary>
public sealed class MaintenanceMailer(
    OpsDbContext db,
    IEmailSender email,
    ISmsGateway sms,
    IOptions<MaintenanceMailerOptions> options,
    TimeProvider clock,
    ILogger<MaintenanceMailer> logger) : IInvocable
{
    public async Task Invoke()
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var horizon = now.AddDays(settings.LookaheadDays);

        var windows = db.MaintenanceWindows
            .Include(w => w.Server)
            .Where(w => w.StaffNotifiedAt == null && w.EndsAt >= now && w.StartsAt <= horizon)
            .OrderBy(w => w.StartsAt)
            .ToList();

        if (windows.Count == 0)
        {
            logger.LogDebug("No new maintenance windows in the next {Days} days", settings.LookaheadDays);
            return;
        }

        var emergencies = windows.Where(w => w.Kind == MaintenanceKind.Emergency).ToList();
        if (emergencies.Count > 0)
        {
            PageOnCall(emergencies, settings);
        }

        var digest = BuildDigest(windows, settings);
        await email.SendAsync(
            new EmailMessage(
                [settings.StaffDistributionList],
                $"Maintenance: {windows.Count} window(s) in the next {settings.LookaheadDays} days, {emergencies.Count} emergency",
                digest),
            CancellationToken.None);

        foreach (var window in windows)
        {
            window.StaffNotifiedAt = now;
        }

        db.SaveChanges();
        logger.LogInformation("Maintenance digest sent for {Count} windows", windows.Count);
    }

    private void PageOnCall(List<MaintenanceWindow> emergencies, MaintenanceMailerOptions settings)
    {
        foreach (var window in emergencies)
        {
            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"EMERGENCY maintenance {window.StartsAt:dd.MM HH:mm}-{window.EndsAt:HH:mm} UTC: {window.Title} ({window.Server?.Hostname ?? "shared infrastructure"})");

            foreach (var phone in settings.OnCallPhones)
            {
                _ = sms.SendAsync(phone, text, CancellationToken.None);
            }
        }
    }

    private static string BuildDigest(List<MaintenanceWindow> windows, MaintenanceMailerOptions settings)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZoneId);
        var text = new StringBuilder();

        foreach (var group in windows.GroupBy(w => w.Kind).OrderByDescending(g => g.Key))
        {
            text.AppendLine(group.Key == MaintenanceKind.Emergency ? "EMERGENCY MAINTENANCE" : "Routine maintenance");
            text.AppendLine(new string('-', 40));

            foreach (var window in group)
            {
                var start = TimeZoneInfo.ConvertTime(window.StartsAt, zone);
                var end = TimeZoneInfo.ConvertTime(window.EndsAt, zone);
                text.AppendLine(CultureInfo.InvariantCulture, $"{start:ddd dd.MM HH:mm} - {end:HH:mm}  {window.Title}");
                text.AppendLine(CultureInfo.InvariantCulture, $"    affects: {window.Server?.Hostname ?? "shared infrastructure"}");
                if (!string.IsNullOrWhiteSpace(window.Description))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    {window.Description}");
                }
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}

public sealed class MaintenanceMailerOptions
{
    public const string SectionName = "MaintenanceMailer";

    public string StaffDistributionList { get; set; } = "ops-staff@opsplatform.example";

    /// <summary>Phones of the on-call engineers; they get an SMS for every emergency window.</summary>
    public List<string> OnCallPhones { get; set; } = [];

    public int LookaheadDays { get; set; } = 7;

    public string TimeZoneId { get; set; } = "Europe/Berlin";
}
