namespace Introspect.Analyzers.Migrations.Rules.RawSql;

/// <summary>
/// One hazard found in raw SQL: what the statement does, why that hurts (on the migration's provider), and what to
/// do instead, with the rule that covers the same change written with the framework's API.
/// </summary>
internal sealed record RawSqlHazard(string What, string Why, string Fix);
