namespace SalesGraph.Data.Rules;

public enum RuleSetKind
{
    LeadScoring,
    LeadRouting,
    TenderEvaluation,
    CustomerStrategy,
}
