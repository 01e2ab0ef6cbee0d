using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Funnel;

/// <summary>One lead as lead conversion reads it; EF Core binds the columns the aggregate needs and the key columns asked for.</summary>
public sealed class LeadFact
{
    public LeadSource Source { get; set; }
    public LeadGrade? Grade { get; set; }
    public LeadStage Stage { get; set; }
    public int? RouteTeamId { get; set; }
    public int? AssignedRepId { get; set; }
    public int CreatedMonth { get; set; }
    public string? CustomFields { get; set; }
    public int FunnelFlags { get; set; }
    public DateTime? FollowUpDueAt { get; set; }
    public int? OpportunityId { get; set; }
    public long? FollowUpSeconds { get; set; }
}
