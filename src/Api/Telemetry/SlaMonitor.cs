using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Data;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Telemetry;

/// <summary>Counts the SLA breaches every <see cref="TelemetryOptions.SlaCheckInterval"/>: routed leads whose follow-up deadline
/// has passed while they are still MQL (not yet accepted as SQL, disqualified or sent to nurture), by team. One grouped COUNT.</summary>
public sealed class SlaMonitor(IDbContextFactory<SalesDbContext> dbFactory, IOptions<TelemetryOptions> options, TimeProvider time, ILogger<SlaMonitor> logger)
    : BackgroundService
{
    public IReadOnlyDictionary<string, int> Overdue { get; private set; } = new Dictionary<string, int>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SlaCheckInterval, time);
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                Overdue = await CountAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Counting overdue follow-ups failed");
            }
        }
    }

    public async Task<IReadOnlyDictionary<string, int>> CountAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Leads.AsNoTracking()
            .Where(l => l.RouteTeamId != null && l.FollowUpDueAt < now && l.Stage == LeadStage.Mql)
            .GroupBy(l => l.RouteTeam!.Name)
            .Select(g => new { Team = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Team, g => g.Count, ct);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
