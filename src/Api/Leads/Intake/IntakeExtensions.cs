namespace SalesGraph.Api.Leads.Intake;

public static class IntakeExtensions
{
    /// <summary>The intake pipeline (leads and engagement) shared by the mutations and the import command, with <see cref="IntakeOptions"/>.</summary>
    public static IServiceCollection AddLeadIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName);
        services.AddSingleton<LeadValidator>();
        services.AddSingleton<LeadIntake>();
        return services;
    }
}
