using Microsoft.EntityFrameworkCore.Migrations;
using SalesGraph.Data.Sql;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            // Existing explanations move into the JSON, in firing order, with the rule set of each rule where it is still known.
            migrationBuilder.Sql(SqlDialect.Sqlite.MigrateRuleHitsToJson.Text);

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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScoreResultId = table.Column<long>(type: "INTEGER", nullable: false),
                    Effect = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: true),
                    RuleName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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

            migrationBuilder.Sql(SqlDialect.Sqlite.MigrateRuleHitsFromJson.Text);

            migrationBuilder.DropColumn(
                name: "Hits",
                table: "ScoreResults");
        }
    }
}
