namespace SalesGraph.Api.Leads.Intake;

/// <summary>The <c>Intake</c> configuration section: what one intake call may carry.</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>Most leads (or engagement events) one <c>submitLeads</c> / <c>recordEngagements</c> call may carry.</summary>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>Most custom fields one lead may carry, and their key and value lengths.</summary>
    public int MaxCustomFields { get; set; } = 50;

    public int MaxCustomFieldKeyLength { get; set; } = 100;

    public int MaxCustomFieldValueLength { get; set; } = 1000;

    /// <summary>Most buying motives one lead may name.</summary>
    public int MaxBuyingMotives { get; set; } = 20;

    /// <summary>Attempts of a batch that lost a race on the (source, externalId) index to another request.</summary>
    public int MaxAttempts { get; set; } = 3;
}
