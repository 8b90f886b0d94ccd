namespace OpsPlatform.Domain.Entities;

public class Customer
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string BillingEmail { get; set; } = string.Empty;

    public string? ContactPhone { get; set; }

    /// <summary>The contract number from the CRM, printed on invoices.</summary>
    public string ContractNumber { get; set; } = string.Empty;

    /// <summary>standard, business or premium; decides response times and who gets paged.</summary>
    public string? SupportTier { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public List<Server> Servers { get; set; } = [];
}
