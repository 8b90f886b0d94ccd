using System.ComponentModel.DataAnnotations;

namespace OpsPlatform.Integrations.Agents;

public sealed class AgentApiOptions
{
    public const string SectionName = "Agents";

    /// <summary>The agent controller that talks to the management agent on every customer server.</summary>
    [Required]
    public Uri BaseAddress { get; set; } = null!;

    [Required]
    public string ApiKey { get; set; } = string.Empty;
}
