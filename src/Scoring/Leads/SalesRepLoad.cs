namespace SalesGraph.Scoring.Leads;

/// <summary>A rep of a team as round robin sees them: how many open leads they can hold and hold now.</summary>
public sealed record SalesRepLoad(int RepId, int Capacity, int OpenLeads, bool IsActive = true)
{
    public bool HasRoom => IsActive && OpenLeads < Capacity;
}
