namespace OpsPlatform.Integrations.Sms;

public interface ISmsGateway
{
    /// <summary>Sends a text message and returns the gateway's message id.</summary>
    Task<string> SendAsync(string phoneNumber, string text, CancellationToken cancellationToken);
}
