using Microsoft.EntityFrameworkCore;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;
using OpsPlatform.Integrations.Email;
using OpsPlatform.Integrations.Sms;

namespace OpsPlatform.Worker.Alerts;

/// <summary>Sends the alerts that the API and the jobs write to the AlertOutbox table.</summary>
public sealed class AlertOutboxDispatcher : BackgroundService
{
    private const int BatchSize = 50;
    private static readonly TimeSpan IdleDelay = TimeSpan.FromSeconds(5);

    private readonly OpsDbContext _db;
    private readonly ISmsGateway _sms;
    private readonly IEmailSender _email;
    private readonly TimeProvider _clock;
    private readonly ILogger<AlertOutboxDispatcher> _logger;

    public AlertOutboxDispatcher(
        OpsDbContext db,
        ISmsGateway sms,
        IEmailSender email,
        TimeProvider clock,
        ILogger<AlertOutboxDispatcher> logger)
    {
        _db = db;
        _sms = sms;
        _email = email;
        _clock = clock;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            var pending = await _db.AlertOutbox
                .Where(a => a.SentAt == null && a.Attempts < 5)
                .OrderBy(a => a.CreatedAt)
                .Take(BatchSize)
                .ToListAsync();

            foreach (var alert in pending)
            {
                alert.Attempts++;

                if (alert.Channel == AlertChannel.Sms)
                {
                    await _sms.SendAsync(alert.Recipient, alert.Body, CancellationToken.None);
                }
                else
                {
                    await _email.SendAsync(
                        new EmailMessage([alert.Recipient], alert.Subject ?? "OpsPlatform alert", alert.Body),
                        CancellationToken.None);
                }

                alert.SentAt = _clock.GetUtcNow();
                await _db.SaveChangesAsync();
            }

            if (pending.Count > 0)
            {
                _logger.LogInformation("Dispatched {Count} alerts", pending.Count);
            }

            if (pending.Count < BatchSize)
            {
                await Task.Delay(IdleDelay);
            }
        }
    }
}
