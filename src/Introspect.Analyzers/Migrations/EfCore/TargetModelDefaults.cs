using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations.EfCore;

/// <summary>
/// The columns whose default the EF Core model configures, read from the migration's target model (the
/// <c>BuildTargetModel</c> of its Designer file): <c>modelBuilder.Entity("…", b =&gt; { b.Property&lt;T&gt;("P")
/// .HasColumnName("c").HasDefaultValue(…); b.ToTable("t"); })</c>. EF Core scaffolds <c>defaultValue: 0</c>,
/// <c>""</c> or <c>false</c> for a new required column whether or not anybody chose that value; only the model tells
/// the two apart.
/// </summary>
internal static class TargetModelDefaults
{
    /// <summary>Marks the defaults of <paramref name="operations"/> that the target model configures.</summary>
    public static ImmutableArray<SchemaOperation> Mark(
        ImmutableArray<SchemaOperation> operations,
        INamedTypeSymbol type,
        EfCoreMigrationTypes types,
        Compilation compilation,
        CancellationToken cancellationToken)
    {
        if (!operations.Any(NeedsModel))
        {
            return operations;
        }

        var buildTargetModel = TypeHierarchy.FindOverride(type, "BuildTargetModel", types.Migration);
        var configured = Read(MethodBodies.Operation(buildTargetModel, compilation, cancellationToken));
        if (configured.Count == 0)
        {
            return operations;
        }

        return operations.Select(operation =>
                NeedsModel(operation) && configured.Contains(Key(operation.Table!.Name, operation.Column!))
                    ? operation with { NewColumn = operation.NewColumn! with { Default = operation.NewColumn.Default! with { IsConfiguredInModel = true } } }
                    : operation)
            .ToImmutableArray();
    }

    private static bool NeedsModel(SchemaOperation operation) =>
        operation is { Kind: SchemaOperationKind.AddColumn or SchemaOperationKind.AlterColumn, Table: not null, Column: not null, NewColumn.Default.IsClrDefault: true };

    /// <summary>"table\0column" for every property with HasDefaultValue or HasDefaultValueSql.</summary>
    private static HashSet<string> Read(IOperation? body)
    {
        var configured = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (body is null)
        {
            return configured;
        }

        foreach (var entity in body.Descendants().OfType<IInvocationOperation>().Where(call => call.TargetMethod.Name == "Entity"))
        {
            if (entity.Arguments.Select(argument => OperationArguments.Unwrap(argument.Value)).OfType<IDelegateCreationOperation>().FirstOrDefault()?.Target is not IAnonymousFunctionOperation lambda)
            {
                continue;
            }

            var calls = lambda.Body.Descendants().OfType<IInvocationOperation>().ToList();
            var table = calls.Where(call => call.TargetMethod.Name == "ToTable").Select(FirstString).FirstOrDefault(name => name is not null);
            if (table is null)
            {
                continue;
            }

            foreach (var property in calls.Where(call => call.TargetMethod.Name == "Property" && call.Instance is IParameterReferenceOperation))
            {
                if (FirstString(property) is { } propertyName && ConfiguredColumn(property, propertyName) is { } column)
                {
                    configured.Add(Key(table, column));
                }
            }
        }

        return configured;
    }

    /// <summary>The column name of a <c>b.Property&lt;T&gt;("P")…</c> chain that configures a default, or null.</summary>
    private static string? ConfiguredColumn(IInvocationOperation property, string propertyName)
    {
        var column = propertyName;
        var hasDefault = false;
        for (var link = NextLink(property); link is not null; link = NextLink(link))
        {
            switch (link.TargetMethod.Name)
            {
                case "HasDefaultValue" or "HasDefaultValueSql":
                    hasDefault = true;
                    break;
                case "HasColumnName" when FirstString(link) is { } name:
                    column = name;
                    break;
            }
        }

        return hasDefault ? column : null;
    }

    /// <summary>
    /// The call chained on <paramref name="call"/>: <c>call.Next(…)</c> as an instance method, or as an extension
    /// method (HasDefaultValue and HasColumnName are relational extensions), whose receiver is its first argument.
    /// </summary>
    internal static IInvocationOperation? NextLink(IOperation call)
    {
        var current = call;
        while (current.Parent is IConversionOperation { IsImplicit: true } conversion)
        {
            current = conversion;
        }

        return current.Parent switch
        {
            IInvocationOperation link when link.Instance == current => link,
            IArgumentOperation { Parent: IInvocationOperation link } argument when link.Arguments.Length > 0 && link.Arguments[0] == argument && link.TargetMethod.IsExtensionMethod => link,
            _ => null,
        };
    }

    /// <summary>The first constant string argument (the receiver of an extension method is never one).</summary>
    internal static string? FirstString(IInvocationOperation call) =>
        call.Arguments
            .Select(argument => OperationArguments.Unwrap(argument.Value).ConstantValue)
            .Where(constant => constant.HasValue && constant.Value is string)
            .Select(constant => (string)constant.Value!)
            .FirstOrDefault();

    private static string Key(string table, string column) => table + "\0" + column;
}
