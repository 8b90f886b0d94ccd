// expect: INTR110
// case: a named Mutex held across an await: ReleaseMutex may run on a thread that does not own it
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Migrations;

public interface ISchemaMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}

public sealed class SingleInstanceMigrator(ISchemaMigrator migrator)
{
    private readonly Mutex _mutex = new(false, "ops-schema-migration");

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _mutex.WaitOne();
        try
        {
            await migrator.MigrateAsync(cancellationToken);
        }
        finally
        {
            _mutex.ReleaseMutex();
        }
    }
}
