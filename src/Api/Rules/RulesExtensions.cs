using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesGraph.Api.GraphQL.Conventions;
using Microsoft.Extensions.Options;
using SalesGraph.Api.Rules.Editing;
using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Api.Rules.Publishing;
using SalesGraph.Api.Rules.Simulation;
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
        services.AddSingleton<Leads.CustomFields.CustomFieldValueType>();
        services.AddSingleton<Leads.Scoring.LeadRouteType>();
        services.AddSingleton<Leads.Scoring.LeadScoreEntryType>();
        services.AddSingleton<Accounts.Scoring.CustomerStrategyType>();
        services.AddSingleton<RuleDraftEditor>();
        services.AddSingleton<RuleSetPublisher>();
        services.AddSingleton<RuleSetSimulator>();
        services.AddSingleton<RuleSetBacktester>();
        services.AddSingleton<OutcomeLeadReader>();
        services.AddSingleton<Calibration.CalibrationSampler>();
        services.AddSingleton<Calibration.PointsSuggester>();
        services.AddSingleton<Calibration.RuleSuggester>();
        services.AddHttpContextAccessor();
        // The feature's object, input and error graph types that fields name by CLR type (entity types are registered by AddSalesGraphQL).
        foreach (var type in typeof(RulesExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
            && t.Namespace?.StartsWith(typeof(RulesExtensions).Namespace!, StringComparison.Ordinal) == true
            && typeof(IGraphType).IsAssignableFrom(t) && !typeof(IEntityGraphType).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null))
        {
            services.TryAddTransient(type);
        }
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
