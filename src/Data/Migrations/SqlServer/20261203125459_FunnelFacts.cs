using Microsoft.EntityFrameworkCore.Migrations;
using SalesGraph.Data.Sql;

#nullable disable

namespace SalesGraph.Data.Migrations.SqlServer
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
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LostSeconds",
                table: "Opportunities",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NegotiationSeconds",
                table: "Opportunities",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ProposalSeconds",
                table: "Opportunities",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ProspectingSeconds",
                table: "Opportunities",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StagesEntered",
                table: "Opportunities",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "WonSeconds",
                table: "Opportunities",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedMonth",
                table: "Opportunities",
                type: "int",
                nullable: false,
                computedColumnSql: "(DATEPART(year, CreatedAt) * 100 + DATEPART(month, CreatedAt))",
                stored: true);

            migrationBuilder.AddColumn<int>(
                name: "CreatedMonth",
                table: "Leads",
                type: "int",
                nullable: false,
                computedColumnSql: "(DATEPART(year, CreatedAt) * 100 + DATEPART(month, CreatedAt))",
                stored: true);

            migrationBuilder.AddColumn<long>(
                name: "FollowUpSeconds",
                table: "Leads",
                type: "bigint",
                nullable: true,
                computedColumnSql: "CAST(ROUND(DATEDIFF_BIG(millisecond, CreatedAt, FirstFollowUpAt) / 1000.0, 0) AS bigint)",
                stored: true);

            migrationBuilder.AddColumn<int>(
                name: "FunnelFlags",
                table: "Leads",
                type: "int",
                nullable: false,
                computedColumnSql: "(CASE WHEN OpportunityId IS NOT NULL THEN 1 ELSE 0 END) + (CASE WHEN Converted = 1 THEN 2 ELSE 0 END) + (CASE WHEN FollowUpDueAt IS NOT NULL THEN 4 ELSE 0 END) + (CASE WHEN FirstFollowUpAt IS NOT NULL THEN 8 ELSE 0 END) + (CASE WHEN FirstFollowUpAt > FollowUpDueAt THEN 16 ELSE 0 END)",
                stored: true);

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
                columns: new[] { "Source", "CreatedMonth", "FollowUpSeconds" });

            // Existing opportunities: their funnel facts from the stage history they have.
            migrationBuilder.Sql(SqlDialect.SqlServer.FillOpportunityStageFacts.Text);
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

            migrationBuilder.DropColumn(
                name: "CreatedMonth",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "CreatedMonth",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "FollowUpSeconds",
                table: "Leads");

            migrationBuilder.DropColumn(
                name: "FunnelFlags",
                table: "Leads");

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
