using Microsoft.Extensions.Options;

namespace SalesGraph.Api.Rules;

/// <summary>Picks up rule-set versions published by any instance sharing the database, within one poll interval.</summary>
public sealed class RuleVersionPoller(RuleEngineHost host, IOptions<RulesOptions> options, ILogger<RuleVersionPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await NextTickAsync(timer, stoppingToken))
        {
            try
            {
                await host.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A busy or briefly unreachable database must not stop the poller; the next tick retries.
                logger.LogWarning(e, "Could not check for newly published rule-set versions");
            }
        }
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
