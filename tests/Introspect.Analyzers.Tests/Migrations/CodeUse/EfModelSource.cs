namespace Introspect.Analyzers.Tests.Migrations.CodeUse;

/// <summary>EF Core migrations with Designer target models, as <c>dotnet ef</c> writes them, for the code-aware rules.</summary>
internal static class EfModelSource
{
    public const string Context = """
        using System;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Infrastructure;
        using Microsoft.EntityFrameworkCore.Migrations;

        public class OpsDbContext : DbContext { }

        """;

    /// <summary>A migration (Up and Down in one part, the Designer in the other), with a model of entity blocks.</summary>
    public static string Migration(string id, string up, string model, string context = "OpsDbContext") => $$"""
        public partial class {{id.Substring(15)}} : Migration
        {
            protected override void Up(MigrationBuilder migrationBuilder)
            {
                {{up}}
            }

            protected override void Down(MigrationBuilder migrationBuilder)
            {
            }
        }

        [DbContext(typeof({{context}}))]
        [Migration("{{id}}")]
        partial class {{id.Substring(15)}}
        {
            protected override void BuildTargetModel(ModelBuilder modelBuilder)
            {
                {{model}}
            }
        }

        """;

    /// <summary>A Servers entity with the given property lines.</summary>
    public static string Servers(string properties) => $$"""
        modelBuilder.Entity("Ops.Domain.Server", b =>
                {
                    b.Property<int>("Id")
                        .ValueGeneratedOnAdd()
                        .HasColumnType("integer");
                    {{properties}}
                    b.HasKey("Id");
                    b.ToTable("Servers");
                });
        """;
}
