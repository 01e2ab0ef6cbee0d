using GraphQL.Types;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Conditions;

namespace SalesGraph.Api.Rules;

public sealed class RuleSetType : ObjectGraphType<RuleSetView>
{
    public RuleSetType()
    {
        Name = "RuleSet";
        Field<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<RuleSetVersionType>("publishedVersion").Resolve(c => c.Source.PublishedVersion);
        Field<NonNullGraphType<IntGraphType>>("runningVersion")
            .Description("The version this instance's engine runs (equal to publishedVersion.number once it has picked it up).")
            .Resolve(c => c.Source.RunningVersion);
        Field<NonNullGraphType<RuleSetDraftType>>("draft").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactFieldType>>>>("factFields")
            .Description("The fact members this rule set's conditions may use (the allow-list), subject first.")
            .Resolve(c => FactSchema.For(c.Source.Kind.ToScoring()).Fields);
    }
}
