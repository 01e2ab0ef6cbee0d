namespace SalesGraph.Scoring.Customers;

/// <summary>An account's raw history as the Api reads it from the database; <see cref="CustomerBase"/> turns a whole base of these into facts.</summary>
public sealed record CustomerRecord(
    int Id,
    string? Name,
    bool IsCustomer,
    IReadOnlyList<RevenuePeriod> Revenue,
    IReadOnlyList<int> NpsScores,
    int OpenOpportunities = 0,
    int OpenLeads = 0)
{
    public string? Domain { get; init; }
    public string? Industry { get; init; }
    public string? Country { get; init; }
    public int? Employees { get; init; }
}
