using Microsoft.EntityFrameworkCore.Migrations;
using SalesGraph.Data.Sql;

#nullable disable

namespace SalesGraph.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UniqueAccountDomainAndName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Accounts_Domain",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_NormalizedName",
                table: "Accounts");

            // A database with two accounts of one domain or name would refuse the unique indexes and stop the start-up. Instead the
            // lowest id keeps the key (the account lead matching already chose) and the others lose it, each change audited.
            migrationBuilder.Sql(SqlDialect.SqlServer.MigrateClearDuplicateAccountKeys.Text);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Domain",
                table: "Accounts",
                column: "Domain",
                unique: true,
                filter: "Domain IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_NormalizedName",
                table: "Accounts",
                column: "NormalizedName",
                unique: true,
                filter: "NormalizedName <> ''");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Accounts_Domain",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_NormalizedName",
                table: "Accounts");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Domain",
                table: "Accounts",
                column: "Domain");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_NormalizedName",
                table: "Accounts",
                column: "NormalizedName");
        }
    }
}
