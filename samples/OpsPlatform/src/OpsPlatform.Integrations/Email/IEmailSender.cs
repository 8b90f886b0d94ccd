namespace OpsPlatform.Integrations.Email;

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

public sealed record EmailMessage(
    IReadOnlyList<string> To,
    string Subject,
    string Body,
    bool IsHtml = false)
{
    public static EmailMessage PlainText(string to, string subject, string body) => new([to], subject, body);
}
