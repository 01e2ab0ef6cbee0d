using GraphQL.Types;
using SalesGraph.Data.Rules;

namespace SalesGraph.Api.Rules;

/// <summary><c>enum RuleHitReason</c>: why a rule that fired did not count; shared by stored, intake and simulated hits.</summary>
public sealed class RuleHitReasonType : EnumerationGraphType
{
    public RuleHitReasonType()
    {
        Name = "RuleHitReason";
        Description = "Why a rule that fired did not count (applied: false).";
        Add("OVERRULED_BY_PRIORITY", RuleHitReason.OverruledByPriority, "A rule with the same kind of action and higher precedence won.");
        Add("CAPPED", RuleHitReason.Capped, "Its points were cut to zero by its own cap or by the dimension's cap.");
        Add("DECAYED_TO_ZERO", RuleHitReason.DecayedToZero, "Its engagement points rounded to zero after decay for the lead's inactivity.");
        Add("DISQUALIFIED", RuleHitReason.Disqualified, "A route or suspect account for a lead the routing disqualified.");
        Add("ABOVE_NURTURE_BAR", RuleHitReason.AboveNurtureBar, "A nurture track for a lead whose stage is above New and Nurture.");
        Add("HAS_ACCOUNT", RuleHitReason.HasAccount, "A suspect account for a lead that already has an account.");
        Add("NO_BID", RuleHitReason.NoBid, "A route for a tender decided NO_BID.");
    }

    /// <summary>The Scoring enum as the Data enum the graph shows: both list the same names in the same order.</summary>
    public static RuleHitReason? From(Scoring.Engine.RuleHitReason? reason) => (RuleHitReason?)(int?)reason;
}
