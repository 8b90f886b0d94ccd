using System.ComponentModel.DataAnnotations;

namespace OpsPlatform.Integrations.Email;

public sealed class EmailOptions
{
    public const string SectionName = "Email";

    [Required]
    public string SmtpHost { get; set; } = string.Empty;

    public int SmtpPort { get; set; } = 587;

    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required]
    public string FromAddress { get; set; } = "noc@opsplatform.example";

    public string FromName { get; set; } = "OpsPlatform NOC";
}
