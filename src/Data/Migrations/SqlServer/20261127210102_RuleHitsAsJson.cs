using Microsoft.EntityFrameworkCore.Migrations;

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
            migrationBuilder.Sql("""
                EXEC(N'UPDATE s SET Hits = COALESCE((
                    SELECT h.RuleId AS ruleId, h.RuleName AS ruleName, r.RuleSet AS ruleSet, h.Points AS points, h.Effect AS effect
                    FROM RuleHits h LEFT JOIN ScoringRules r ON r.Id = h.RuleId
                    WHERE h.ScoreResultId = s.Id
                    ORDER BY h.Id
                    FOR JSON PATH), N''[]'')
                FROM ScoreResults s
                WHERE EXISTS (SELECT 1 FROM RuleHits h WHERE h.ScoreResultId = s.Id)');
                """);

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

            migrationBuilder.Sql("""
                INSERT INTO RuleHits (ScoreResultId, RuleId, RuleName, Points, Effect)
                SELECT s.Id, j.ruleId, j.ruleName, j.points, j.effect
                FROM ScoreResults s
                CROSS APPLY OPENJSON(s.Hits) WITH (ruleId int '$.ruleId', ruleName nvarchar(200) '$.ruleName', points int '$.points', effect nvarchar(1000) '$.effect') j
                ORDER BY s.Id;
                """);

            migrationBuilder.DropColumn(
                name: "Hits",
                table: "ScoreResults");
        }
    }
}
