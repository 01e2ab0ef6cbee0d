using GraphQL.Types;
using SalesGraph.Api.Rules.Editing;

namespace SalesGraph.Api.Rules.Simulation;

/// <summary>The rule of <c>trialScoringRule</c>: the editor's unsaved text, in the shape of <c>CreateScoringRuleInput</c> (no rule set:
/// the query's <c>kind</c> names it) with the id of the draft rule it replaces.</summary>
public sealed class TrialScoringRuleInputType : InputObjectGraphType
{
    public TrialScoringRuleInputType()
    {
        Name = "TrialScoringRuleInput";
        Field<IntGraphType>("id").Description("The draft rule this text replaces; left out for a new rule (added to the draft).");
        Field<StringGraphType>("name").Description("Left out: the saved rule's name (a new rule: \"unsaved rule\").");
        Field<NonNullGraphType<StringGraphType>>("when");
        Field<NonNullGraphType<RuleActionInputType>>("then");
        Field<IntGraphType>("priority").Description("Left out: the saved rule's priority (a new rule: 0).");
        Field<BooleanGraphType>("enabled").Description("Left out: the saved rule's (a new rule: true).");
    }
}
