using System.ComponentModel.DataAnnotations;

namespace OpsPlatform.Integrations.Monitoring;

public sealed class MonitoringApiOptions
{
    public const string SectionName = "Monitoring";

    /// <summary>The JSON-RPC endpoint, e.g. https://monitoring.internal/api_jsonrpc.php.</summary>
    [Required]
    public Uri Endpoint { get; set; } = null!;

    [Required]
    public string UserName { get; set; } = string.Empty;

    [Required]
    public string Password { get; set; } = string.Empty;

    /// <summary>How long a session token is reused before logging in again.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
