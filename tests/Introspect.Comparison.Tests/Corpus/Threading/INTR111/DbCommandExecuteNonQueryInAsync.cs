// expect: INTR111
// case: ADO.NET DbCommand.ExecuteNonQuery inside an async cleanup job
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Database;

public sealed class SessionTableCleanup(DbDataSource dataSource)
{
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM sessions WHERE expires_at < now()";
        return command.ExecuteNonQuery();
    }
}
