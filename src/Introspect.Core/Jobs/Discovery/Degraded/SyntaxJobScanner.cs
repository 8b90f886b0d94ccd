using System.Collections.Immutable;
using Introspect.Core.Jobs.Triggers;
using Introspect.Core.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.Core.Jobs.Discovery.Degraded;

/// <summary>
/// Degraded mode, for a project that did not load (packages not restored, an SDK that is missing): its .cs files are
/// parsed without a compilation and jobs are matched by the names written in the code, and only when the framework's
/// namespace is in scope (<c>IJob</c> with <c>using Quartz;</c>, or written as <c>Quartz.IJob</c>). Every job found this
/// way says so (<see cref="DiscoveryMode.Degraded"/>). Hangfire recurring jobs with a literal cron are read too.
/// </summary>
internal static class SyntaxJobScanner
{
    private static readonly Convention[] BaseTypes =
    [
        new("BackgroundService", "Microsoft.Extensions.Hosting", JobFramework.HostedService, "BackgroundService", "ExecuteAsync"),
        new("IHostedService", "Microsoft.Extensions.Hosting", JobFramework.HostedService, "IHostedService", "StartAsync"),
        new("IJob", "Quartz", JobFramework.Quartz, "Quartz", "Execute"),
        new("IInvocable", "Coravel.Invocable", JobFramework.Coravel, "Coravel", "Invoke"),
        new("IConsumer", "MassTransit", JobFramework.MassTransit, "MassTransit", "Consume"),
    ];

    public static ImmutableArray<Job> Scan(ProjectLoadProblem problem, string rootDirectory, DiscoveryOptions options)
    {
        var folder = problem.ProjectPath is null ? null : Path.GetDirectoryName(problem.ProjectPath);
        if (folder is null || !Directory.Exists(folder))
        {
            return [];
        }

        var note = $"Found from syntax only: project {problem.ProjectName} did not load ({problem.Reason}).";
        var jobs = new List<Job>();
        foreach (var file in SourceFiles(folder))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), new CSharpParseOptions(LanguageVersion.Latest), file).GetCompilationUnitRoot();
            var usings = root.DescendantNodes().OfType<UsingDirectiveSyntax>().Select(directive => directive.Name?.ToString()).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var type in root.DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                var convention = type.BaseList?.Types.Select(baseType => Match(baseType.Type, usings)).FirstOrDefault(match => match is not null);
                if (convention is not null)
                {
                    jobs.Add(Create(type, convention, problem, rootDirectory, note));
                }
            }

            if (usings.Contains("Hangfire"))
            {
                jobs.AddRange(HangfireRecurring(root, problem, rootDirectory, options, note));
            }
        }

        return [.. jobs.GroupBy(job => job.Id, StringComparer.Ordinal).Select(group => group.First() with { Triggers = [.. group.SelectMany(job => job.Triggers)] })];
    }

    private static Convention? Match(TypeSyntax type, HashSet<string> usings)
    {
        var (qualifier, name) = type switch
        {
            QualifiedNameSyntax qualified => (qualified.Left.ToString(), Identifier(qualified.Right)),
            SimpleNameSyntax simple => (null, Identifier(simple)),
            _ => (null, null),
        };
        return BaseTypes.FirstOrDefault(convention => convention.TypeName == name && (qualifier == convention.Namespace || (qualifier is null && usings.Contains(convention.Namespace))));
    }

    private static string Identifier(SimpleNameSyntax name) => name.Identifier.ValueText;

    private static Job Create(ClassDeclarationSyntax type, Convention convention, ProjectLoadProblem problem, string rootDirectory, string note)
    {
        var entry = type.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(method => method.Identifier.ValueText == convention.Entry);
        var typeName = QualifiedName(type);
        var triggers = convention.Framework switch
        {
            JobFramework.HostedService => [new JobTrigger { Kind = TriggerKind.Startup, Description = "on start-up, until the host stops" }],
            JobFramework.MassTransit => type.BaseList!.Types.Select(baseType => baseType.Type).OfType<GenericNameSyntax>()
                .Where(generic => generic.Identifier.ValueText == "IConsumer")
                .Select(generic => new JobTrigger { Kind = TriggerKind.Message, Description = $"on message {generic.TypeArgumentList.Arguments[0]}", MessageType = generic.TypeArgumentList.Arguments[0].ToString() })
                .ToImmutableArray(),
            _ => ImmutableArray<JobTrigger>.Empty,
        };
        return new Job
        {
            Id = $"{typeName}.{convention.Entry}",
            Framework = convention.Framework,
            FrameworkName = convention.FrameworkName,
            DisplayName = type.Identifier.ValueText,
            TypeName = typeName,
            EntryMethod = convention.Entry,
            Project = problem.ProjectName,
            Location = SourceLocation.From((SyntaxNode?)entry ?? type, rootDirectory),
            Triggers = triggers,
            Mode = DiscoveryMode.Degraded,
            Notes = [note],
        };
    }

    /// <summary><c>AddOrUpdate&lt;T&gt;("id", x =&gt; x.Method(), "cron")</c> with literal text, in a file that uses Hangfire.</summary>
    private static IEnumerable<Job> HangfireRecurring(CompilationUnitSyntax root, ProjectLoadProblem problem, string rootDirectory, DiscoveryOptions options, string note)
    {
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression is not MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "AddOrUpdate", TypeArgumentList.Arguments: [var jobType] } })
            {
                continue;
            }

            var strings = call.ArgumentList.Arguments.Select(argument => argument.Expression).OfType<LiteralExpressionSyntax>()
                .Where(literal => literal.IsKind(SyntaxKind.StringLiteralExpression)).Select(literal => literal.Token.ValueText).ToList();
            var method = call.ArgumentList.Arguments.Select(argument => argument.Expression).OfType<LambdaExpressionSyntax>()
                .Select(lambda => lambda.ExpressionBody).OfType<InvocationExpressionSyntax>()
                .Select(body => (body.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText).FirstOrDefault(name => name is not null);
            if (method is null || strings.Count < 2)
            {
                continue;
            }

            var location = SourceLocation.From(call, rootDirectory);
            var trigger = TriggerFactory.Cron(options, new ResolvedValue(strings[^1], strings[^1]), CronDialect.Hangfire, ZoneChoice.Utc, location);
            var typeName = jobType.ToString();
            yield return new Job
            {
                Id = $"{typeName}.{method}",
                Framework = JobFramework.Hangfire,
                FrameworkName = "Hangfire",
                DisplayName = typeName,
                TypeName = typeName,
                EntryMethod = method,
                Project = problem.ProjectName,
                Location = location,
                Triggers = [trigger with { Description = "recurring, " + trigger.Description + " (time zone not read in degraded mode)", Identity = strings[0] }],
                Registrations = [location],
                Mode = DiscoveryMode.Degraded,
                Notes = [note],
            };
        }
    }

    private static string QualifiedName(BaseTypeDeclarationSyntax type)
    {
        var parts = new List<string> { type.Identifier.ValueText };
        for (var parent = type.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case BaseTypeDeclarationSyntax outer:
                    parts.Add(outer.Identifier.ValueText);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    parts.Add(ns.Name.ToString());
                    break;
            }
        }

        parts.Reverse();
        return string.Join('.', parts);
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    private sealed record Convention(string TypeName, string Namespace, JobFramework Framework, string FrameworkName, string Entry);
}
