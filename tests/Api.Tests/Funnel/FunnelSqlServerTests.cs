using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Funnel;
using SalesGraph.Data;
using Snapshooter.Xunit;

namespace SalesGraph.Api.Tests.Funnel;

public sealed class FunnelSqlServerTests
{
    private static SalesDbContext SqlServer() => new(new DbContextOptionsBuilder<SalesDbContext>()
        .UseSqlServer("Server=none;Database=SalesGraph;Trusted_Connection=True").Options);

    [Fact]
    public void Funnel_ByTeamAndQuarterOnSqlServer_GeneratesSnapshottedSql()
    {
        using var db = SqlServer();
        var (counts, durations) = FunnelQuery.CreateCommands(db, db.Opportunities.Where(o => o.Amount > 100m), [FunnelGroup.Team, FunnelGroup.Quarter]);
        using (counts)
        using (durations)
        {
            $"{counts.CommandText};\n{durations.CommandText}".MatchSnapshot();
        }
    }

    [Fact]
    public void LeadConversion_BySourceMonthAndCustomFieldOnSqlServer_GeneratesSnapshottedSql()
    {
        using var db = SqlServer();
        var (counts, durations) = LeadConversionQuery.CreateCommands(db, db.Leads, [LeadGroup.Source, LeadGroup.Month, LeadGroup.CustomField], "region", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        using (counts)
        using (durations)
        {
            $"{counts.CommandText};\n{durations.CommandText}".MatchSnapshot();
        }
    }

    [Fact]
    public void Pipeline_OnSqlServer_GeneratesSnapshottedSql()
    {
        using var db = SqlServer();
        using var command = PipelineQuery.CreateCommand(db, db.Opportunities, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        command.CommandText.MatchSnapshot();
    }
}
