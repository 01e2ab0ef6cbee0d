namespace SalesGraph.Api.Import;

/// <summary>What an import did: rows accepted as new, updated, unchanged replays, and refused with their reasons.</summary>
public sealed class ImportSummary
{
    public int Accepted { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    /// <summary>Rows run through the current rules after they were saved (tenders: bid or no-bid).</summary>
    public int Evaluated { get; set; }
    public List<(int Row, string Reason)> Refused { get; } = [];
    /// <summary>A database failure that stopped the import; the batches before it are committed.</summary>
    public string? Failure { get; set; }
}
