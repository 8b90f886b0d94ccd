namespace Introspect.Analyzers.Migrations.Model;

/// <summary>The kinds of schema and data changes the migration rules reason about.</summary>
public enum SchemaOperationKind
{
    CreateTable,
    DropTable,
    RenameTable,
    AddColumn,
    DropColumn,
    RenameColumn,

    /// <summary>A change of type, length, nullability or default of an existing column.</summary>
    AlterColumn,
    CreateIndex,
    DropIndex,
    RenameIndex,
    AddPrimaryKey,
    DropPrimaryKey,
    AddUniqueConstraint,
    AddForeignKey,
    AddCheckConstraint,

    /// <summary>
    /// Checks the existing rows against a constraint added without checking them: PostgreSQL's VALIDATE CONSTRAINT,
    /// SQL Server's WITH CHECK CHECK CONSTRAINT (the second, lighter step of adding a constraint safely).
    /// </summary>
    ValidateConstraint,
    DropConstraint,
    CreateView,
    DropView,

    /// <summary>Rows changed: INSERT, UPDATE, DELETE, MERGE, EF Core's Insert/Update/DeleteData, FluentMigrator's Insert/Update/Delete.</summary>
    ModifyData,
    TruncateTable,

    /// <summary>Settings such as <c>SET lock_timeout</c> that change how the statements after them lock.</summary>
    SetOption,

    /// <summary>BEGIN, COMMIT, ROLLBACK and the like in a script: what runs inside an explicit transaction matters for locks.</summary>
    TransactionControl,

    /// <summary>Raw SQL that the readers could not break into known operations.</summary>
    UnrecognisedSql,
}
