namespace SalesGraph.Scoring.Engine;

/// <summary>Why a rule that fired did not count (<see cref="RuleHit.Applied"/> false). The Data project's enum of the same name
/// lists the same names in the same order.</summary>
public enum RuleHitReason
{
    /// <summary>A rule of the same action type with higher precedence won (stage, route, nurture track, grade, decision).</summary>
    OverruledByPriority,
    /// <summary>Its points were cut to zero by its own cap or by the dimension's cap.</summary>
    Capped,
    /// <summary>Its engagement points rounded to zero after decay by the days since the lead's last activity.</summary>
    DecayedToZero,
    /// <summary>A route or suspect account for a lead the routing disqualified.</summary>
    Disqualified,
    /// <summary>A nurture track for a lead whose stage is above the bar (not New or Nurture).</summary>
    AboveNurtureBar,
    /// <summary>A suspect account for a lead that already has an account.</summary>
    HasAccount,
    /// <summary>A route for a tender decided NoBid.</summary>
    NoBid,
}
