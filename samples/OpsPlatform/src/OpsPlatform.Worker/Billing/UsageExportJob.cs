using System.Globalization;
using System.Text;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsPlatform.Domain;

namespace OpsPlatform.Worker.Billing;

/// <summary>
/// Nightly Hangfire job: writes yesterday's billable usage per customer and server as a CSV file
/// to the billing team's share, where the invoicing system picks it up.
/// </summary>
public sealed class UsageExportJob(
    IDbContextFactory<OpsDbContext> dbFactory,
    UsageReadModel usage,
    IOptions<UsageExportOptions> options,
    TimeProvider clock,
    ILogger<UsageExportJob> logger)
{
    private const string Header = "date,customer_id,customer_name,contract_number,server_id,hostname,metric,quantity,unit";

    [DisableConcurrentExecution(timeoutInSeconds: 60 * 60)]
    [AutomaticRetry(Attempts = 3)]
    public async Task ExportAsync(CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-1);

        // Independent reads: each query gets its own context, the usage its own connection.
        var customersTask = LoadCustomersAsync(cancellationToken);
        var serversTask = LoadServerNamesAsync(cancellationToken);
        var usageTask = usage.GetDailyUsageAsync(day, cancellationToken);
        await Task.WhenAll(customersTask, serversTask, usageTask);

        var customers = await customersTask;
        var servers = await serversTask;
        var rows = await usageTask;

        var directory = options.Value.ExportDirectory;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"usage-{day:yyyy-MM-dd}.csv");
        var partialPath = path + ".partial";

        await using (var stream = new FileStream(partialPath, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);

            foreach (var row in rows)
            {
                customers.TryGetValue(row.CustomerId, out var customer);
                servers.TryGetValue(row.ServerId, out var hostname);

                var line = string.Join(',',
                    day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    row.CustomerId.ToString(CultureInfo.InvariantCulture),
                    Csv(customer.Name),
                    Csv(customer.ContractNumber),
                    row.ServerId.ToString(CultureInfo.InvariantCulture),
                    Csv(hostname),
                    Csv(row.Metric),
                    row.Quantity.ToString("0.####", CultureInfo.InvariantCulture),
                    Csv(row.Unit));

                await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
            }

            await writer.FlushAsync(cancellationToken);
        }

        // The invoicing system picks up *.csv only, so it never sees a half-written file.
        File.Move(partialPath, path, overwrite: true);
        logger.LogInformation("Exported {RowCount} usage rows for {Day} to {Path}", rows.Count, day, path);
    }

    private async Task<Dictionary<int, (string Name, string ContractNumber)>> LoadCustomersAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Customers
            .AsNoTracking()
            .ToDictionaryAsync(c => c.Id, c => (c.Name, c.ContractNumber), cancellationToken);
    }

    private async Task<Dictionary<int, string>> LoadServerNamesAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Servers
            .AsNoTracking()
            .ToDictionaryAsync(s => s.Id, s => s.Hostname, cancellationToken);
    }

    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}

public sealed class UsageExportOptions
{
    public const string SectionName = "UsageExport";

    /// <summary>The billing team's file share, mounted on the worker hosts.</summary>
    public string ExportDirectory { get; set; } = "/mnt/billing/usage";
}
