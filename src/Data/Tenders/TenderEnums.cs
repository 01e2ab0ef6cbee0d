namespace SalesGraph.Data.Tenders;

public enum TenderStatus
{
    Planning,
    Active,
    Complete,
    Cancelled,
}

public enum ProcurementMethod
{
    Open,
    Selective,
    Limited,
    Direct,
}

public enum BidDecision
{
    Bid,
    NoBid,
    Review,
}
