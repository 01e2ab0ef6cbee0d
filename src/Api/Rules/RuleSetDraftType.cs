using GraphQL.Types;

namespace SalesGraph.Api.Rules;

public sealed class RuleSetDraftType : ObjectGraphType<RuleSetView>
{
    public RuleSetDraftType()
    {
        Name = "RuleSetDraft";
        Description = "The rule rows of a rule set as they are now; publishing makes them the next version.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScoringRuleType>>>>("rules").Resolve(c => c.Source.Draft);
    }
}
