using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Opportunities;
using SalesGraph.Data.Sql;

namespace SalesGraph.Api.Funnel;

/// <summary>
/// The open pipeline as one SQL statement: per expected-close month and owner team the open count, amount and weighted amount,
/// next to the team's target for the month (targets from the asOf month on appear even without open opportunities),
/// and per month the same summed over the teams (a second GROUP BY in the statement).
/// </summary>
public static class PipelineQuery
{
    public const string FromMonthParameter = "@fromMonth";

    public static DbCommand CreateCommand(SalesDbContext db, IQueryable<Opportunity> opportunities, DateTime asOf)
    {
        var open = opportunities.AsNoTracking()
            .Where(o => o.CreatedAt <= asOf && (o.ClosedAt == null ? o.Stage != FunnelStage.Won && o.Stage != FunnelStage.Lost : o.ClosedAt > asOf))
            .Select(o => new PipelineFact
            {
                YearMonth = o.ExpectedCloseAt == null ? null : (o.ExpectedCloseAt.Value.Year * 100) + o.ExpectedCloseAt.Value.Month,
                TeamId = (int?)o.OwnerRep!.TeamId,
                TeamName = o.OwnerRep!.Team!.Name,
                Amount = o.Amount,
                Probability = o.Probability,
            });
        var command = open.CreateDbCommand();
        command.CommandText = FunnelSql.Pipeline(SqlDialect.For(db.Database), command.CommandText, FromMonthParameter);
        var fromMonth = command.CreateParameter();
        fromMonth.ParameterName = FromMonthParameter;
        fromMonth.Value = (asOf.Year * 100) + asOf.Month;
        command.Parameters.Add(fromMonth);
        return command;
    }

    public static async Task<IReadOnlyList<PipelineMonth>> ComputeAsync(SalesDbContext db, IQueryable<Opportunity> opportunities, DateTime asOf, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(db, opportunities, asOf);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var months = new List<PipelineMonth>();
            while (await reader.ReadAsync(cancellationToken))
            {
                int? yearMonth = reader.IsDBNull(0) ? null : Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
                var figures = new PipelineFigures(
                    reader.IsDBNull(1) ? null : new SegmentRef(Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), reader.IsDBNull(2) ? null : reader.GetString(2)),
                    FunnelQuery.Int(reader, 3), FunnelQuery.Money(reader, 4), FunnelQuery.Money(reader, 5), reader.IsDBNull(6) ? null : FunnelQuery.Money(reader, 6));
                if (FunnelQuery.Int(reader, 7) == 1)
                {
                    var start = yearMonth is { } ym ? new DateTime(ym / 100, ym % 100, 1, 0, 0, 0, DateTimeKind.Utc) : (DateTime?)null;
                    months.Add(new PipelineMonth(start?.ToString("yyyy-MM", CultureInfo.InvariantCulture), start, figures, []));
                }
                else
                {
                    months[^1] = months[^1] with { Teams = [.. months[^1].Teams, figures] };
                }
            }

            return months;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
