using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsPlatform.Domain.Migrations
{
    /// <inheritdoc />
    public partial class AddCustomerContractNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContractNumber",
                table: "Customers",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContractNumber",
                table: "Customers");
        }
    }
}
