using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>An engagement event as a marketing system sends it; the lead is named by id or by (source, externalId).</summary>
public sealed class EngagementSubmission
{
    public int? LeadId { get; set; }
    public LeadSource? Source { get; set; }
    public string? ExternalId { get; set; }
    public EngagementKind Kind { get; set; }
    public DateTime OccurredAt { get; set; }
    public string? Detail { get; set; }
}
