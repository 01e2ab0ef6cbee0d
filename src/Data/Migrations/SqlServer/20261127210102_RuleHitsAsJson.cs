using Microsoft.EntityFrameworkCore.Migrations;
using SalesGraph.Data.Sql;

#nullable disable

namespace SalesGraph.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RuleHitsAsJson : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hits",
                table: "ScoreResults",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            // Existing explanations move into the JSON, in firing order, with the rule set of each rule where it is still known.
            // EXEC: in a script the batch that adds the column cannot name it in plain SQL.
            migrationBuilder.Sql(SqlDialect.SqlServer.MigrateRuleHitsToJson.Text);

            migrationBuilder.DropTable(
                name: "RuleHits");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RuleHits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ScoreResultId = table.Column<long>(type: "bigint", nullable: false),
                    Effect = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Points = table.Column<int>(type: "int", nullable: false),
                    RuleId = table.Column<int>(type: "int", nullable: true),
                    RuleName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleHits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RuleHits_ScoreResults_ScoreResultId",
                        column: x => x.ScoreResultId,
                        principalTable: "ScoreResults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RuleHits_RuleId",
                table: "RuleHits",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_RuleHits_ScoreResultId",
                table: "RuleHits",
                column: "ScoreResultId");

            migrationBuilder.Sql(SqlDialect.SqlServer.MigrateRuleHitsFromJson.Text);

            migrationBuilder.DropColumn(
                name: "Hits",
                table: "ScoreResults");
        }
    }
}
