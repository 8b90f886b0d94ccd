using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsPlatform.Domain.Migrations
{
    /// <inheritdoc />
    public partial class AddMonitoredHostSyncEnabled : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SyncEnabled",
                table: "MonitoredHosts",
                type: "boolean",
                nullable: false,
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SyncEnabled",
                table: "MonitoredHosts");
        }
    }
}
