namespace Introspect.Analyzers;

/// <summary>The diagnostic categories, one per rule family.</summary>
public static class RuleCategories
{
    public const string Threading = "Threading";
    public const string Migrations = "Migrations";
    public const string Jobs = "Jobs";
}
