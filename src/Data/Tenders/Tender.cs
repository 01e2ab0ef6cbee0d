namespace SalesGraph.Data.Tenders;

/// <summary>A public tender (aanbesteding), as published in OCDS, with the rules' bid / no-bid decision.</summary>
public class Tender
{
    public int Id { get; set; }
    /// <summary>Open Contracting id; unique.</summary>
    public required string Ocid { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? BuyerName { get; set; }
    public string? BuyerRegion { get; set; }
    public string? Country { get; set; }
    public TenderStatus Status { get; set; }
    public string? MainCpv { get; set; }
    /// <summary>All CPV codes, '|'-separated.</summary>
    public string? CpvCodes { get; set; }
    public ProcurementMethod ProcurementMethod { get; set; }
    public string? Category { get; set; }
    public decimal? ValueAmount { get; set; }
    public string? Currency { get; set; }
    public DateTime PublishedAt { get; set; }
    public DateTime? DeadlineAt { get; set; }
    /// <summary>Weight of price in the award criteria, 0–100; null when unpublished.</summary>
    public int? PriceWeight { get; set; }
    public int? QualityWeight { get; set; }
    public bool SuitableForSme { get; set; }

    public int? BidScore { get; set; }
    public BidDecision? BidDecision { get; set; }
    public int? BidTeamId { get; set; }
    public Sales.Team? BidTeam { get; set; }
    public DateTime? EvaluatedAt { get; set; }
    public int? EvaluationRuleVersion { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
