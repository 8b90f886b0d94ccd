using OpsPlatform.Database.Scripts;

var connectionString = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
    ?? Environment.GetEnvironmentVariable("REPORTING_DB")
    ?? "Host=localhost;Database=reporting;Username=postgres;Password=postgres";

var runner = new UpgradeRunner(connectionString);

if (args.Contains("--check"))
{
    var pending = runner.HasPendingScripts();
    Console.WriteLine(pending ? "Reporting database has pending scripts." : "Reporting database is up to date.");
    return pending ? 1 : 0;
}

var result = runner.Run(createDatabase: args.Contains("--create"));
if (!result.Successful)
{
    Console.Error.WriteLine($"Upgrade failed in {result.ErrorScript?.Name}: {result.Error}");
    return 2;
}

Console.WriteLine($"Applied {result.Scripts.Count()} script(s).");
return 0;
