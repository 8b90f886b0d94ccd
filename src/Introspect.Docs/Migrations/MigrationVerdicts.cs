namespace Introspect.Docs.Migrations;

/// <summary>What a migration rule's finding means for a deploy, in the words the Migrations page uses.</summary>
public static class MigrationVerdicts
{
    public const string Safe = "safe";
    public const string BreaksRunningVersion = "breaks the running version";
    public const string BlocksRollback = "blocks rollback";
    public const string LongLock = "long lock";
    public const string NeedsReview = "needs review";

    /// <summary>
    /// The verdict of a rule: the running version (the previous release, still serving during a rolling deploy) fails
    /// on drops, renames, type and nullability changes; a rollback fails without a usable Down; locks and backfills
    /// in the schema transaction hold tables. Raw SQL, application types and inconsistent history need a person.
    /// </summary>
    public static string Of(string ruleId) => ruleId switch
    {
        "INTR201" or "INTR202" or "INTR203" or "INTR204" or "INTR205" or "INTR207" or "INTR214" or "INTR215" or "INTR216" or "INTR217" => BreaksRunningVersion,
        "INTR212" => BlocksRollback,
        "INTR206" or "INTR208" or "INTR209" or "INTR210" or "INTR213" or "INTR219" => LongLock,
        _ => NeedsReview,
    };

    /// <summary>The worst of several verdicts, for a migration's summary: breaking beats rollback beats lock beats review.</summary>
    public static string Worst(IEnumerable<string> verdicts)
    {
        string[] order = [BreaksRunningVersion, BlocksRollback, LongLock, NeedsReview];
        var present = verdicts.ToHashSet(StringComparer.Ordinal);
        return order.FirstOrDefault(present.Contains) ?? Safe;
    }
}
