using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpsPlatform.Integrations.Sms;

/// <summary>Client for the SMS gateway's REST API.</summary>
public sealed class SmsGatewayClient(
    HttpClient http,
    IOptions<SmsGatewayOptions> options,
    ILogger<SmsGatewayClient> logger) : ISmsGateway
{
    // Typed clients are transient, so the send rate is tracked per process.
    private static object _throttleGate = new();
    private static DateTime _lastSentUtc = DateTime.MinValue;

    public async Task<string> SendAsync(string phoneNumber, string text, CancellationToken cancellationToken)
    {
        var settings = options.Value;

        WaitForSendSlot(settings.MaxMessagesPerSecond);

        var request = new SendSmsRequest(settings.SenderId, Normalize(phoneNumber), Truncate(text));
        using var response = await http.PostAsJsonAsync("v1/messages", request, cancellationToken);
        response.EnsureSuccessStatusCode();

        var result = await response.Content.ReadFromJsonAsync<SendSmsResponse>(cancellationToken)
            ?? throw new InvalidOperationException("The SMS gateway returned an empty response.");

        logger.LogInformation("SMS {MessageId} queued for {PhoneNumber}", result.MessageId, request.To);
        return result.MessageId;
    }

    private static void WaitForSendSlot(int maxMessagesPerSecond)
    {
        var minimumGap = TimeSpan.FromSeconds(1.0 / maxMessagesPerSecond);

        lock (_throttleGate)
        {
            var sinceLast = DateTime.UtcNow - _lastSentUtc;
            if (sinceLast < minimumGap)
            {
                Thread.Sleep(minimumGap - sinceLast);
            }

            _lastSentUtc = DateTime.UtcNow;
        }
    }

    private static string Normalize(string phoneNumber)
    {
        var digits = new string(phoneNumber.Where(c => char.IsDigit(c) || c == '+').ToArray());
        return digits.StartsWith("00", StringComparison.Ordinal) ? "+" + digits[2..] : digits;
    }

    private static string Truncate(string text) => text.Length <= 459 ? text : text[..456] + "...";

    private sealed record SendSmsRequest(
        [property: JsonPropertyName("from")] string From,
        [property: JsonPropertyName("to")] string To,
        [property: JsonPropertyName("text")] string Text);

    private sealed record SendSmsResponse(
        [property: JsonPropertyName("message_id")] string MessageId);
}
