using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DropLeadEmailDomainIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_EmailDomain",
                table: "Leads");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Leads_EmailDomain",
                table: "Leads",
                column: "EmailDomain");
        }
    }
}
