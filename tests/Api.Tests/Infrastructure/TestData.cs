using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Tests.Infrastructure;

/// <summary>Small builders for the rows tests arrange.</summary>
public static class TestData
{
    private static readonly DateTime Created = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static Account Account(string name, int? employees = null, decimal? annualRevenue = null, string? country = null) => new()
    {
        Name = name,
        NormalizedName = name.ToLowerInvariant(),
        Employees = employees,
        AnnualRevenue = annualRevenue,
        Country = country,
        CreatedAt = Created,
        UpdatedAt = Created,
    };

    public static Contact Contact(string firstName, string lastName, BuyingRole role, string? jobTitle = null) => new()
    {
        FirstName = firstName,
        LastName = lastName,
        FullName = $"{firstName} {lastName}",
        Role = role,
        JobTitle = jobTitle,
        CreatedAt = Created,
        UpdatedAt = Created,
    };

    public static Opportunity Opportunity(string name, FunnelStage stage, decimal amount) => new()
    {
        Name = name,
        Stage = stage,
        Amount = amount,
        Probability = 0.5m,
        CreatedAt = Created,
        UpdatedAt = Created,
    };

    public static Account WithContacts(this Account account, params Contact[] contacts)
    {
        account.Contacts.AddRange(contacts);
        return account;
    }

    public static Account WithOpportunities(this Account account, params Opportunity[] opportunities)
    {
        account.Opportunities.AddRange(opportunities);
        return account;
    }
}
