using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsPlatform.Domain.Migrations
{
    /// <inheritdoc />
    public partial class RenameHostVisibleNameToDisplayName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "VisibleName",
                table: "MonitoredHosts",
                newName: "DisplayName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "DisplayName",
                table: "MonitoredHosts",
                newName: "VisibleName");
        }
    }
}
