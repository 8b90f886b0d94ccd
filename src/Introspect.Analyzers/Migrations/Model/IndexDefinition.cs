using System.Collections.Immutable;

namespace Introspect.Analyzers.Migrations.Model;

/// <summary>An index a migration creates.</summary>
/// <param name="IsConcurrent">Built without blocking writes: CONCURRENTLY on PostgreSQL, ONLINE = ON on SQL Server.</param>
public sealed record IndexDefinition(
    string? Name,
    ImmutableArray<string> Columns,
    bool IsUnique,
    bool IsConcurrent,
    string? Filter)
{
    /// <summary>A MySQL FULLTEXT or SPATIAL index: InnoDB builds those in place but blocks writes while it does.</summary>
    public bool IsFullTextOrSpatial { get; init; }
}
