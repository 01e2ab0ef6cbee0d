namespace SalesGraph.Data.Leads;

/// <summary>Something a lead did: a visit, an open, a form post; engagement points decay with its age.</summary>
public class Engagement
{
    public long Id { get; set; }
    public int LeadId { get; set; }
    public Lead? Lead { get; set; }
    public EngagementKind Kind { get; set; }
    public DateTime OccurredAt { get; set; }
    /// <summary>Optional detail: the page, the mail, the webinar.</summary>
    public string? Detail { get; set; }
}
