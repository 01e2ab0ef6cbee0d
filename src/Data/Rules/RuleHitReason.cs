namespace SalesGraph.Data.Rules;

/// <summary>Why a stored hit did not count (<see cref="RuleHit.Applied"/> false); the same names in the same order as the
/// Scoring project's enum.</summary>
public enum RuleHitReason
{
    OverruledByPriority,
    Capped,
    DecayedToZero,
    Disqualified,
    AboveNurtureBar,
    HasAccount,
    NoBid,
}
