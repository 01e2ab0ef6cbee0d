using SalesGraph.Data.Accounts;
using SalesGraph.Data.Opportunities;
using SalesGraph.Data.Sales;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Funnel;

/// <summary>
/// Five opportunities with stage histories on known dates (2024), the figures of which docs/funnel.md works out by hand:
/// O1 won (A, Retail), O2 lost after Engaging (A, Retail), O3 open in Proposal (A, Tech), O4 open in Prospecting (B, Tech),
/// O5 open in Engaging (A, Retail).
/// </summary>
public static class KnownPipeline
{
    public static DateTime Day(int month, int day) => new(2024, month, day, 0, 0, 0, DateTimeKind.Utc);

    public static object[] Build()
    {
        var territory = new Territory { Name = "North" };
        var teamA = new Team { Name = "Team A", Kind = TeamKind.Sales };
        var teamB = new Team { Name = "Team B", Kind = TeamKind.Sales };
        var repA = new SalesRep { FullName = "Rep A", Team = teamA, Capacity = 10 };
        var repB = new SalesRep { FullName = "Rep B", Team = teamB, Capacity = 10 };
        var retail = TestData.Account("Retailer");
        retail.Industry = "Retail";
        retail.PyramidTier = CustomerPyramidTier.Top;
        retail.Territory = territory;
        var decider = TestData.Contact("Dee", "Cider", BuyingRole.Decider);
        var user = TestData.Contact("Uma", "User", BuyingRole.User);
        retail.WithContacts(decider, user);
        var tech = TestData.Account("Techco");
        tech.Industry = "Tech";
        tech.PyramidTier = CustomerPyramidTier.Small;

        var o1 = Opportunity("O1", retail, repA, FunnelStage.Won, 1000m, 1m, Day(1, 1),
            (FunnelStage.Prospecting, Day(1, 1), Day(1, 11)), (FunnelStage.Engaging, Day(1, 11), Day(1, 21)),
            (FunnelStage.Proposal, Day(1, 21), Day(2, 10)), (FunnelStage.Negotiation, Day(2, 10), Day(2, 15)), (FunnelStage.Won, Day(2, 15), null));
        var o2 = Opportunity("O2", retail, repA, FunnelStage.Lost, 2000m, 0m, Day(1, 5),
            (FunnelStage.Prospecting, Day(1, 5), Day(1, 9)), (FunnelStage.Engaging, Day(1, 9), Day(1, 29)), (FunnelStage.Lost, Day(1, 29), null));
        var o3 = Opportunity("O3", tech, repA, FunnelStage.Proposal, 500m, 0.5m, Day(2, 1),
            (FunnelStage.Prospecting, Day(2, 1), Day(2, 3)), (FunnelStage.Engaging, Day(2, 3), Day(2, 9)), (FunnelStage.Proposal, Day(2, 9), null));
        var o4 = Opportunity("O4", tech, repB, FunnelStage.Prospecting, 3000m, 0.1m, Day(4, 10), (FunnelStage.Prospecting, Day(4, 10), null));
        var o5 = Opportunity("O5", retail, repA, FunnelStage.Engaging, 100m, 0.2m, Day(3, 1),
            (FunnelStage.Prospecting, Day(3, 1), Day(3, 8)), (FunnelStage.Engaging, Day(3, 8), null));
        o5.Contacts.Add(user);
        o1.Contacts.AddRange([decider, user]);
        return [territory, teamA, teamB, repA, repB, retail, tech, o1, o2, o3, o4, o5];
    }

    private static Opportunity Opportunity(string name, Account account, SalesRep rep, FunnelStage stage, decimal amount, decimal probability, DateTime created,
        params (FunnelStage Stage, DateTime EnteredAt, DateTime? LeftAt)[] stays)
    {
        var opportunity = TestData.Opportunity(name, stage, amount);
        opportunity.Probability = probability;
        opportunity.Account = account;
        opportunity.OwnerRep = rep;
        opportunity.CreatedAt = created;
        opportunity.UpdatedAt = created;
        opportunity.ExpectedCloseAt = created.AddMonths(2);
        opportunity.StageHistory.AddRange(stays.Select(s => new OpportunityStageChange { Stage = s.Stage, EnteredAt = s.EnteredAt, LeftAt = s.LeftAt }));
        return opportunity;
    }
}
