namespace SalesGraph.Data.Accounts;

/// <summary>One answer to "how likely are you to recommend us" (0–10).</summary>
public class NpsResponse
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int? ContactId { get; set; }
    public Contact? Contact { get; set; }
    public int Score { get; set; }
    public NpsCategory Category { get; set; }
    public string? Comment { get; set; }
    public DateTime RespondedAt { get; set; }
}
