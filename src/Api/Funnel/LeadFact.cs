using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Funnel;

/// <summary>One lead as lead conversion reads it; EF Core binds the flags, the dates and only the key members asked for.</summary>
public sealed class LeadFact
{
    public bool IsMql { get; set; }
    public bool IsSql { get; set; }
    public bool HasOpportunity { get; set; }
    public bool IsWon { get; set; }
    public bool IsBreach { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? FirstFollowUpAt { get; set; }
    public DateTime? FollowUpDueAt { get; set; }
    public LeadSource? Source { get; set; }
    public LeadGrade? Grade { get; set; }
    public LeadStage? Stage { get; set; }
    public int? TeamId { get; set; }
    public string? TeamName { get; set; }
    public int? RepId { get; set; }
    public string? RepName { get; set; }
    public int? Year { get; set; }
    public int? Month { get; set; }
    public string? CustomFields { get; set; }
}
