using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsPlatform.Domain.Migrations
{
    /// <inheritdoc />
    public partial class DropServerLegacyRackCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LegacyRackCode",
                table: "Servers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LegacyRackCode",
                table: "Servers",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }
    }
}
