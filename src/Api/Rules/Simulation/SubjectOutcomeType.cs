using GraphQL.Types;

namespace SalesGraph.Api.Rules.Simulation;

public sealed class SubjectOutcomeType : ObjectGraphType<SubjectOutcome>
{
    public SubjectOutcomeType()
    {
        Name = "SimulatedOutcome";
        Field(o => o.Total, nullable: true).Description("Lead score or tender bid points; null for an account.");
        Field(o => o.Grade, nullable: true);
        Field(o => o.Stage, nullable: true);
        Field(o => o.Route, nullable: true);
        Field(o => o.Decision, nullable: true);
        Field(o => o.PyramidTier, nullable: true).Description("CUSTOMER_STRATEGY: the account's pyramid tier (computed from the whole base, not by rules).");
        Field(o => o.RelationshipStage, nullable: true).Description("CUSTOMER_STRATEGY: the account's relationship stage (computed, not by rules).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("strategies").Description("CUSTOMER_STRATEGY: the strategy tags the rules set.").Resolve(c => c.Source.Strategies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleHitType>>>>("hits").Resolve(c => c.Source.Hits);
    }
}
