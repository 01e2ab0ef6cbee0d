using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesGraph.Scoring;

namespace SalesGraph.Api.Rules;

public static class RulesExtensions
{
    /// <summary>The rule engine, the host that keeps it on the newest published versions, and the poller.</summary>
    public static IServiceCollection AddSalesRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoring(configuration);
        services.AddOptions<RulesOptions>().Bind(configuration.GetSection(RulesOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RuleEngineHost>();
        services.AddSingleton<Leads.Scoring.LeadEvaluator>();
        services.AddSingleton<Leads.Scoring.LeadRescoring>();
        services.AddSingleton<Tenders.Scoring.TenderReevaluation>();
        services.AddSingleton<Accounts.Scoring.AccountRetagging>();
        services.AddSingleton<StoredDataEvaluation>();
        // The graph types of rule results that are not entities (entity types are found by the GraphQL assembly scan).
        services.AddSingleton<StoredHitType>();
        services.AddSingleton<FiredRuleType>();
        services.AddSingleton<RuleEvaluationType>();
        services.AddSingleton<Leads.Scoring.LeadScoreType>();
        services.AddSingleton<Leads.Scoring.LeadRouteType>();
        services.AddSingleton<Accounts.Scoring.CustomerStrategyType>();
        services.AddHostedService<RuleVersionPoller>();
        return services;
    }

    /// <summary>Seeds the default rule sets where none is published, then loads the newest versions into the engine;
    /// after a fresh demo load (<paramref name="evaluateStoredData"/>) it runs them over the stored accounts, leads and tenders.</summary>
    public static async Task InitializeRulesAsync(this IServiceProvider services, bool evaluateStoredData = false, CancellationToken cancellationToken = default)
    {
        var host = services.GetRequiredService<RuleEngineHost>();
        if (services.GetRequiredService<IOptions<RulesOptions>>().Value.SeedDefaultRules)
        {
            await host.SeedDefaultsAsync(cancellationToken);
        }

        await host.RefreshAsync(cancellationToken);
        if (evaluateStoredData)
        {
            await services.GetRequiredService<StoredDataEvaluation>().RunAsync(cancellationToken);
        }
    }
}
