namespace SalesGraph.Scoring.Rules;

/// <summary>The four rule sets; each is compiled and versioned on its own.</summary>
public enum RuleSetKind
{
    LeadScoring,
    LeadRouting,
    TenderEvaluation,
    CustomerStrategy,
}
