namespace SalesGraph.Api.Rules;

/// <summary>The <c>Rules</c> configuration section.</summary>
public sealed class RulesOptions
{
    public const string SectionName = "Rules";

    /// <summary>How often an instance looks for a rule-set version that another instance published.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Publish the default rule sets into a database that has none.</summary>
    public bool SeedDefaultRules { get; set; } = true;
}
