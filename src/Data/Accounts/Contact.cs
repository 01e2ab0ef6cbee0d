namespace SalesGraph.Data.Accounts;

/// <summary>A person at an account, with the role they play in its buying centre (DMU).</summary>
public class Contact
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string FullName { get; set; }
    /// <summary>Lower-case; unique when present.</summary>
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? JobTitle { get; set; }
    public BuyingRole Role { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<Opportunities.Opportunity> Opportunities { get; set; } = [];
    public List<NpsResponse> NpsResponses { get; set; } = [];
}
