using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpsPlatform.Domain;

/// <summary>Used by <c>dotnet ef</c> only; the applications configure the context from their own settings.</summary>
public sealed class OpsDbContextFactory : IDesignTimeDbContextFactory<OpsDbContext>
{
    public OpsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<OpsDbContext>()
            .UseNpgsql("Host=localhost;Database=ops")
            .Options;

        return new OpsDbContext(options);
    }
}
