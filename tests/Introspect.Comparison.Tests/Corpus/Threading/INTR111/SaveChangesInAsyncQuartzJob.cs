// expect: INTR111
// case: DbContext.SaveChanges() inside an async Quartz job
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Ops.Backups;

public sealed class SnapshotRecord
{
    public int Id { get; set; }
    public DateTimeOffset TakenAt { get; set; }
}

public sealed class BackupDbContext(DbContextOptions<BackupDbContext> options) : DbContext(options)
{
    public DbSet<SnapshotRecord> Snapshots => Set<SnapshotRecord>();
}

public interface ISnapshotTaker
{
    Task TakeAsync(CancellationToken cancellationToken);
}

public sealed class NightlySnapshotJob(BackupDbContext db, ISnapshotTaker taker) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await taker.TakeAsync(cancellationToken);
        db.Snapshots.Add(new SnapshotRecord { TakenAt = DateTimeOffset.UtcNow });
        db.SaveChanges();
    }
}
