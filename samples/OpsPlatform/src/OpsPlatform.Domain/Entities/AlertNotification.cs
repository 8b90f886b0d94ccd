namespace OpsPlatform.Domain.Entities;

/// <summary>
/// An alert waiting to go out by SMS or e-mail. Written in the same transaction as the change that
/// caused it and sent by the worker's dispatcher (transactional outbox).
/// </summary>
public class AlertNotification
{
    public long Id { get; set; }

    public AlertChannel Channel { get; set; }

    public string Recipient { get; set; } = string.Empty;

    public string? Subject { get; set; }

    public string Body { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

public enum AlertChannel
{
    Sms,
    Email,
}
