namespace SalesGraph.Data.Opportunities;

public enum FunnelStage
{
    Prospecting,
    Engaging,
    Proposal,
    Negotiation,
    Won,
    Lost,
}
