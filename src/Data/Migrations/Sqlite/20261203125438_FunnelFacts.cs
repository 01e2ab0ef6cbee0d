using Microsoft.EntityFrameworkCore.Migrations;
using SalesGraph.Data.Sql;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FunnelFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Opportunities_OwnerRepId",
                table: "Opportunities");

            migrationBuilder.AddColumn<long>(
                name: "EngagingSeconds",
                table: "Opportunities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LostSeconds",
                table: "Opportunities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NegotiationSeconds",
                table: "Opportunities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ProposalSeconds",
                table: "Opportunities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ProspectingSeconds",
                table: "Opportunities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StagesEntered",
                table: "Opportunities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "WonSeconds",
                table: "Opportunities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedMonth",
                table: "Opportunities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedMonth",
                table: "Leads",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FollowUpSeconds",
                table: "Leads",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FunnelFlags",
                table: "Leads",
                type: "INTEGER",
                nullable: true);

            // SQLite adds no STORED column to a table with rows: added plain, then made computed (EF Core rebuilds the table).
            migrationBuilder.AlterColumn<int>(
                name: "CreatedMonth",
                table: "Opportunities",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "CAST(strftime('%Y%m', CreatedAt) AS INTEGER)",
                stored: true,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "CreatedMonth",
                table: "Leads",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "CAST(strftime('%Y%m', CreatedAt) AS INTEGER)",
                stored: true,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "FollowUpSeconds",
                table: "Leads",
                type: "INTEGER",
                nullable: true,
                computedColumnSql: "CAST(round((julianday(FirstFollowUpAt) - julianday(CreatedAt)) * 86400.0) AS INTEGER)",
                stored: true,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "FunnelFlags",
                table: "Leads",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "(CASE WHEN OpportunityId IS NOT NULL THEN 1 ELSE 0 END) + (CASE WHEN Converted = 1 THEN 2 ELSE 0 END) + (CASE WHEN FollowUpDueAt IS NOT NULL THEN 4 ELSE 0 END) + (CASE WHEN FirstFollowUpAt IS NOT NULL THEN 8 ELSE 0 END) + (CASE WHEN FirstFollowUpAt > FollowUpDueAt THEN 16 ELSE 0 END)",
                stored: true,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_Funnel",
                table: "Opportunities",
                columns: new[] { "OwnerRepId", "CreatedMonth", "StagesEntered", "Stage", "Amount", "Probability", "ProspectingSeconds", "EngagingSeconds", "ProposalSeconds", "NegotiationSeconds", "WonSeconds", "LostSeconds" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Conversion",
                table: "Leads",
                columns: new[] { "Source", "CreatedMonth", "Stage", "FunnelFlags", "FollowUpDueAt", "OpportunityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_FollowUp",
                table: "Leads",
                columns: new[] { "Source", "CreatedMonth", "FollowUpSeconds" },
                filter: "FollowUpSeconds IS NOT NULL");

            // Existing opportunities: their funnel facts from the stage history they have.
            migrationBuilder.Sql(SqlDialect.Sqlite.FillOpportunityStageFacts.Text);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Opportunities_Funnel",
                table: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Conversion",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_FollowUp",
                table: "Leads");

            // Leads keeps its three computed columns (unused before this migration): dropping them makes EF Core rebuild the table
            // from the model of the migration before, which a merge left without FirstFollowUpAt and IX_Leads_OpportunityId.
            migrationBuilder.DropColumn(
                name: "CreatedMonth",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "EngagingSeconds",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "LostSeconds",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "NegotiationSeconds",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "ProposalSeconds",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "ProspectingSeconds",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "StagesEntered",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "WonSeconds",
                table: "Opportunities");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_OwnerRepId",
                table: "Opportunities",
                column: "OwnerRepId");

        }
    }
}
