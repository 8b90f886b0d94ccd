using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsPlatform.Domain.Migrations
{
    /// <inheritdoc />
    public partial class AddCustomerSupportTier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SupportTier",
                table: "Customers",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            // Every existing customer starts on the standard tier; sales upgrades them from the admin UI.
            migrationBuilder.Sql("UPDATE \"Customers\" SET \"SupportTier\" = 'standard';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SupportTier",
                table: "Customers");
        }
    }
}
