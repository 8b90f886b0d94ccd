using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;
using OpsPlatform.Integrations.Agents;
using OpsPlatform.Integrations.Email;
using OpsPlatform.Jobs.Contracts;

namespace OpsPlatform.Worker.Raid;

/// <summary>
/// Fire-and-forget Hangfire job enqueued by the API when a customer books RAID monitoring:
/// installs the agent plugin, wires its SMS and e-mail alerts and confirms by e-mail.
/// </summary>
public sealed class RaidMonitoringInstaller(
    OpsDbContext db,
    IServerAgentClient agents,
    IEmailSender email,
    IOptions<RaidMonitoringOptions> options,
    TimeProvider clock,
    ILogger<RaidMonitoringInstaller> logger) : IRaidMonitoringInstaller
{
    private const string PluginName = "raid-health";

    private static readonly ConcurrentDictionary<int, DateTimeOffset> InstallsInProgress = new();

    public async Task InstallAsync(int serverId, string requestedBy, CancellationToken cancellationToken)
    {
        if (InstallsInProgress.ContainsKey(serverId))
        {
            logger.LogInformation("RAID monitoring install for server {ServerId} is already running", serverId);
            return;
        }

        InstallsInProgress[serverId] = clock.GetUtcNow();
        try
        {
            var settings = options.Value;
            var server = await db.Servers
                .Include(s => s.Customer)
                .SingleAsync(s => s.Id == serverId, cancellationToken);

            var pluginSettings = new Dictionary<string, string>
            {
                ["check_interval"] = settings.CheckIntervalSeconds.ToString(CultureInfo.InvariantCulture),
                ["controllers"] = "auto",
                ["report_to"] = "agent-controller",
            };

            var taskId = await agents.InstallPluginAsync(server.Hostname, PluginName, pluginSettings, cancellationToken);
            var task = await WaitForAgentTaskAsync(taskId, cancellationToken);
            if (task.State != AgentTaskState.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Installing {PluginName} on {server.Hostname} failed: {task.Output}");
            }

            ConfigureAlerts(server, BuildRecipients(server, settings), cancellationToken);

            server.RaidMonitoringInstalledAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);

            await SendConfirmationAsync(server, requestedBy, settings, cancellationToken);
            logger.LogInformation("RAID monitoring installed on {Hostname} (requested by {RequestedBy})", server.Hostname, requestedBy);
        }
        finally
        {
            InstallsInProgress.TryRemove(serverId, out _);
        }
    }

    private async Task<AgentTask> WaitForAgentTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.AgentTaskTimeout);

        AgentTask task;
        do
        {
            await Task.Delay(settings.AgentPollInterval, timeout.Token);
            task = await agents.GetTaskAsync(taskId, timeout.Token);
        }
        while (task.State is AgentTaskState.Queued or AgentTaskState.Running);

        return task;
    }

    private static List<AlertRecipient> BuildRecipients(Server server, RaidMonitoringOptions settings)
    {
        var recipients = new List<AlertRecipient>
        {
            new(AlertRecipientKind.Email, server.Customer.BillingEmail),
            new(AlertRecipientKind.Email, settings.NocEmail),
        };

        if (!string.IsNullOrWhiteSpace(server.Customer.ContactPhone))
        {
            recipients.Add(new(AlertRecipientKind.Sms, server.Customer.ContactPhone));
        }

        if (!string.IsNullOrWhiteSpace(settings.NocPhone))
        {
            recipients.Add(new(AlertRecipientKind.Sms, settings.NocPhone));
        }

        return recipients;
    }

    private void ConfigureAlerts(Server server, List<AlertRecipient> recipients, CancellationToken cancellationToken)
    {
        recipients.ForEach(async recipient =>
        {
            await agents.AddAlertRecipientAsync(server.Hostname, PluginName, recipient, cancellationToken);
            logger.LogInformation(
                "RAID alerts of {Hostname} go to {Kind} {Address}", server.Hostname, recipient.Kind, recipient.Address);
        });
    }

    private async Task SendConfirmationAsync(
        Server server, string requestedBy, RaidMonitoringOptions settings, CancellationToken cancellationToken)
    {
        var message = new EmailMessage(
            [server.Customer.BillingEmail, settings.NocEmail],
            $"RAID monitoring is active on {server.Hostname}",
            $"""
            Hello {server.Customer.Name},

            RAID monitoring is now active on {server.Hostname} (requested by {requestedBy}).
            We check the controller and its disks every {settings.CheckIntervalSeconds / 60} minutes and alert you
            by e-mail{(string.IsNullOrWhiteSpace(server.Customer.ContactPhone) ? string.Empty : " and SMS")} when a disk degrades.

            Your OpsPlatform team
            """);

        try
        {
            await email.SendAsync(message, cancellationToken);
        }
        catch (SmtpException ex)
        {
            // The install itself worked; a missing confirmation must not make Hangfire run it again.
            logger.LogWarning(ex, "Could not send the RAID monitoring confirmation for {Hostname}", server.Hostname);
        }
    }
}

public sealed class RaidMonitoringOptions
{
    public const string SectionName = "RaidMonitoring";

    /// <summary>The NOC gets every RAID alert in addition to the customer.</summary>
    public string NocEmail { get; set; } = "noc@opsplatform.example";

    public string? NocPhone { get; set; }

    public TimeSpan AgentPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan AgentTaskTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Seconds between two checks of the controller by the agent plugin.</summary>
    public int CheckIntervalSeconds { get; set; } = 300;
}
