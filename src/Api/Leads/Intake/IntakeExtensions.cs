using GraphQL.Types;

namespace SalesGraph.Api.Leads.Intake;

public static class IntakeExtensions
{
    /// <summary>The intake pipeline (leads and engagement) shared by the mutations and the import command, with <see cref="IntakeOptions"/>.</summary>
    public static IServiceCollection AddLeadIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName);
        services.AddSingleton<LeadValidator>();
        services.AddSingleton<LeadIntake>();
        services.AddSingleton<EngagementRecorder>();
        foreach (var type in typeof(IntakeExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericType: false }
            && typeof(IGraphType).IsAssignableFrom(t) && t.Namespace == typeof(IntakeExtensions).Namespace))
        {
            services.AddSingleton(type);
        }

        return services;
    }
}
