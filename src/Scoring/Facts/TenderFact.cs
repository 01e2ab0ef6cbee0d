using NRules.RuleModel;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Facts;

/// <summary>A public tender as the bid rules see it. <see cref="CpvMatchDigits"/> is filled in by the engine from the served CPV codes.</summary>
public sealed record TenderFact : IIdentityProvider
{
    public required int Id { get; init; }
    public string? Title { get; init; }
    public string? Buyer { get; init; }
    public string? Region { get; init; }
    public string? Country { get; init; }
    public string? Category { get; init; }
    /// <summary>Main CPV code, e.g. "72000000".</summary>
    public string? MainCpv { get; init; }
    /// <summary>All CPV codes, '|'-separated.</summary>
    public string? CpvCodes { get; init; }
    /// <summary>Length of the longest prefix shared with a served CPV code (0 = none); more digits = closer fit.</summary>
    public int CpvMatchDigits { get; init; }
    public bool ServesCpv => CpvMatchDigits > 0;
    public decimal? Value { get; init; }
    public string? Currency { get; init; }
    public int? DaysToDeadline { get; init; }
    public ProcurementMethod Procedure { get; init; }
    /// <summary>0–100; null when unpublished.</summary>
    public int? PriceWeight { get; init; }
    public int? QualityWeight { get; init; }
    public bool SuitableForSme { get; init; }

    public object GetIdentity() => new FactKey("Tender", Id);
}
