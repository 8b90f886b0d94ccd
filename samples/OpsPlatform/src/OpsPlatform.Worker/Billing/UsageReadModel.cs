using Dapper;
using Npgsql;

namespace OpsPlatform.Worker.Billing;

public sealed class DailyUsage
{
    public int CustomerId { get; init; }

    public int ServerId { get; init; }

    public string Metric { get; init; } = string.Empty;

    public decimal Quantity { get; init; }

    public string Unit { get; init; } = string.Empty;
}

/// <summary>Reads the daily usage roll-ups from the reporting database (schema in OpsPlatform.Database.Scripts).</summary>
public sealed class UsageReadModel(NpgsqlDataSource reportingDatabase)
{
    private const string DailyUsageSql = """
        SELECT customer_id AS CustomerId,
               server_id   AS ServerId,
               metric      AS Metric,
               quantity    AS Quantity,
               unit        AS Unit
        FROM daily_usage_rollups
        WHERE day = @day
        ORDER BY customer_id, server_id, metric
        """;

    public async Task<IReadOnlyList<DailyUsage>> GetDailyUsageAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = await reportingDatabase.OpenConnectionAsync(cancellationToken);

        var rows = await connection.QueryAsync<DailyUsage>(new CommandDefinition(
            DailyUsageSql,
            new { day = day.ToDateTime(TimeOnly.MinValue) },
            cancellationToken: cancellationToken));

        return rows.AsList();
    }
}
