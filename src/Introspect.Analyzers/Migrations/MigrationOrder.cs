namespace Introspect.Analyzers.Migrations;

/// <summary>
/// Orders migration ids the way the frameworks apply them: EF Core ids start with a 14-digit timestamp,
/// FluentMigrator uses a numeric version, scripts are run in file-name order. A shipped marker may be a prefix
/// ("20260421103307" for "20260421103307_DropServerLegacyRackCode").
/// </summary>
public static class MigrationOrder
{
    public static int Compare(string left, string right)
    {
        var leftNumber = LeadingNumber(left);
        var rightNumber = LeadingNumber(right);
        if (leftNumber.Length > 0 && rightNumber.Length > 0)
        {
            var byNumber = CompareNumbers(leftNumber, rightNumber);
            if (byNumber != 0)
            {
                return byNumber;
            }

            // Same number: a bare number marks everything with that number as shipped.
            if (leftNumber.Length == left.Length || rightNumber.Length == right.Length)
            {
                return 0;
            }
        }

        return string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
    }

    private static string LeadingNumber(string id)
    {
        var length = 0;
        while (length < id.Length && char.IsDigit(id[length]))
        {
            length++;
        }

        return id.Substring(0, length);
    }

    private static int CompareNumbers(string left, string right)
    {
        var trimmedLeft = left.TrimStart('0');
        var trimmedRight = right.TrimStart('0');
        return trimmedLeft.Length != trimmedRight.Length
            ? trimmedLeft.Length.CompareTo(trimmedRight.Length)
            : string.CompareOrdinal(trimmedLeft, trimmedRight);
    }
}
