namespace Introspect.Analyzers.Migrations.Model;

/// <summary>
/// A table (or index, constraint) name with its optional schema. Compared without regard to case: the migration
/// frameworks quote names, but teams mix cases between a C# model and raw SQL, and a false "different table" would
/// hide a hazard.
/// </summary>
public sealed record SchemaObjectName(string? Schema, string Name)
{
    public bool Equals(SchemaObjectName? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase)
        && (Schema is null || other.Schema is null || string.Equals(Schema, other.Schema, StringComparison.OrdinalIgnoreCase));

    // Schema is left out: a name without schema matches the same name with one.
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    public override string ToString() => Schema is null ? Name : $"{Schema}.{Name}";
}
