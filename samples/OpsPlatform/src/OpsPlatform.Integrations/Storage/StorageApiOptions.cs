using System.ComponentModel.DataAnnotations;

namespace OpsPlatform.Integrations.Storage;

public sealed class StorageApiOptions
{
    public const string SectionName = "Storage";

    [Required]
    public Uri BaseAddress { get; set; } = null!;

    [Required]
    public string ClientId { get; set; } = string.Empty;

    [Required]
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Snapshots of large volumes can take a while to be accepted.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);
}
