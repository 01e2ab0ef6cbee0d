namespace SalesGraph.Scoring.Facts;

/// <summary>Names match SalesGraph.Data's EngagementKind.</summary>
public enum EngagementKind
{
    WebVisit,
    EmailOpen,
    EmailClick,
    FormPost,
    WebinarAttended,
    EventVisit,
    Download,
}
