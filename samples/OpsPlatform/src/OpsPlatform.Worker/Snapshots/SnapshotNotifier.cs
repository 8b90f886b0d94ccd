using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;
using OpsPlatform.Integrations.Email;

namespace OpsPlatform.Worker.Snapshots;

/// <summary>Hangfire continuation of <see cref="SnapshotJob"/>: tells the customer that last night's snapshot is there.</summary>
public sealed class SnapshotNotifier(
    OpsDbContext db,
    IEmailSender email,
    ILogger<SnapshotNotifier> logger)
{
    public async Task NotifyCompletedAsync(int serverId, DateTimeOffset scheduledAt)
    {
        var snapshot = await db.Snapshots
            .AsNoTracking()
            .Include(s => s.Server)
            .ThenInclude(s => s.Customer)
            .Where(s => s.ServerId == serverId && s.RequestedAt >= scheduledAt && s.Status == SnapshotStatus.Completed)
            .OrderByDescending(s => s.RequestedAt)
            .FirstOrDefaultAsync();

        if (snapshot is null)
        {
            logger.LogWarning("No completed snapshot of server {ServerId} since {ScheduledAt}; nothing to report", serverId, scheduledAt);
            return;
        }

        var server = snapshot.Server;
        var sizeGb = (snapshot.SizeBytes ?? 0) / 1024d / 1024d / 1024d;
        var subject = $"Snapshot of {server.Hostname} completed";
        var body = string.Create(CultureInfo.InvariantCulture, $"""
            Hello {server.Customer.Name},

            the nightly snapshot of your server {server.Hostname} finished at {snapshot.CompletedAt:yyyy-MM-dd HH:mm} UTC ({sizeGb:F1} GB).
            You can restore it from the control panel for the next 14 days.

            Your OpsPlatform team
            """);

        NotifyCustomer(server.Customer.BillingEmail, subject, body);
        logger.LogInformation("Snapshot notification for {Hostname} handed to the mailer", server.Hostname);
    }

    private async void NotifyCustomer(string address, string subject, string body)
    {
        await email.SendAsync(EmailMessage.PlainText(address, subject, body), CancellationToken.None);
        logger.LogDebug("Snapshot notification sent to {Address}", address);
    }
}
