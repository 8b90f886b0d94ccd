using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsPlatform.Domain.Migrations
{
    /// <inheritdoc />
    public partial class LinkMonitoredHostsToServers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ServerId",
                table: "MonitoredHosts",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoredHosts_ServerId",
                table: "MonitoredHosts",
                column: "ServerId");

            migrationBuilder.AddForeignKey(
                name: "FK_MonitoredHosts_Servers_ServerId",
                table: "MonitoredHosts",
                column: "ServerId",
                principalTable: "Servers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MonitoredHosts_Servers_ServerId",
                table: "MonitoredHosts");

            migrationBuilder.DropIndex(
                name: "IX_MonitoredHosts_ServerId",
                table: "MonitoredHosts");

            migrationBuilder.DropColumn(
                name: "ServerId",
                table: "MonitoredHosts");
        }
    }
}
