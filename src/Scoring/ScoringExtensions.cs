using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesGraph.Scoring.Engine;

namespace SalesGraph.Scoring;

public static class ScoringExtensions
{
    /// <summary>Binds <see cref="ScoringOptions"/> to the "Scoring" section and registers the <see cref="RuleEngine"/> singleton
    /// (it starts with empty rule sets; the host publishes the stored versions at start-up).</summary>
    public static IServiceCollection AddScoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScoringOptions>().Bind(configuration.GetSection(ScoringOptions.Section));
        services.AddSingleton(sp => new RuleEngine(sp.GetRequiredService<IOptions<ScoringOptions>>().Value));
        return services;
    }
}
