using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Rules.RawSql;

internal static class StoreTypeFacts
{
    /// <summary>
    /// PostgreSQL's unbounded text types: a change to one of them can only widen a string column, and from varchar it
    /// is a catalog-only change. Other providers' "max" types are not assumed to be free.
    /// </summary>
    public static bool IsUnboundedText(string storeType, DatabaseProvider provider)
    {
        if (provider is not (DatabaseProvider.PostgreSql or DatabaseProvider.Unknown))
        {
            return false;
        }

        var type = storeType.Trim().ToLowerInvariant();
        return type is "text" or "varchar" or "character varying" or "citext";
    }
}
