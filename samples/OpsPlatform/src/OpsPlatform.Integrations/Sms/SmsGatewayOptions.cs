using System.ComponentModel.DataAnnotations;

namespace OpsPlatform.Integrations.Sms;

public sealed class SmsGatewayOptions
{
    public const string SectionName = "Sms";

    [Required]
    public Uri BaseAddress { get; set; } = null!;

    [Required]
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Alphanumeric sender shown on the phone.</summary>
    public string SenderId { get; set; } = "OpsNOC";

    /// <summary>The gateway rejects traffic above this rate for our account.</summary>
    [Range(1, 100)]
    public int MaxMessagesPerSecond { get; set; } = 5;
}
