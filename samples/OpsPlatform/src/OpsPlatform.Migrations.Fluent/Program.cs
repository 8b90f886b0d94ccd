using FluentMigrator.Runner;
using Microsoft.Extensions.DependencyInjection;

var connectionString = args.FirstOrDefault()
    ?? Environment.GetEnvironmentVariable("BILLING_DB")
    ?? "Host=localhost;Database=billing;Username=postgres;Password=postgres";

var rollbackTo = args.Length > 1 && long.TryParse(args[1], out var version) ? version : (long?)null;

using var services = new ServiceCollection()
    .AddFluentMigratorCore()
    .ConfigureRunner(runner => runner
        .AddPostgres()
        .WithGlobalConnectionString(connectionString)
        .ScanIn(typeof(Program).Assembly).For.Migrations())
    .AddLogging(logging => logging.AddFluentMigratorConsole())
    .BuildServiceProvider(validateScopes: false);

using var scope = services.CreateScope();
var migrator = scope.ServiceProvider.GetRequiredService<IMigrationRunner>();

if (rollbackTo is { } target)
{
    migrator.MigrateDown(target);
}
else
{
    migrator.MigrateUp();
}
