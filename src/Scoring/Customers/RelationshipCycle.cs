using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Customers;

/// <summary>Relationship-cycle stage: Prospect (never bought), New (first purchase less than NewCustomerMonths ago),
/// Loyal (bought for longer and within InactiveAfterMonths), ExCustomer (no purchase for InactiveAfterMonths or more).</summary>
public static class RelationshipCycle
{
    public static RelationshipStage StageFor(bool isCustomer, int? monthsSinceFirstPurchase, int? monthsSinceLastPurchase, ScoringOptions options)
    {
        if (monthsSinceFirstPurchase is not { } first || monthsSinceLastPurchase is not { } last)
            return isCustomer ? RelationshipStage.New : RelationshipStage.Prospect;
        if (last >= options.InactiveAfterMonths)
            return RelationshipStage.ExCustomer;
        return first < options.NewCustomerMonths ? RelationshipStage.New : RelationshipStage.Loyal;
    }
}
