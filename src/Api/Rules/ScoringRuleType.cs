using GraphQL.Resolvers;
using GraphQL.Types;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules;

public sealed class ScoringRuleType : EntityGraphType<ScoringRule>
{
    public ScoringRuleType()
    {
        Description = "A rule in the draft of a rule set, as operations edit it.";
        Column(r => r.Id);
        Column(r => r.RuleSet);
        Column(r => r.Name);
        Column(r => r.When);
        Column(r => r.Priority);
        Column(r => r.Enabled);
        Column(r => r.Version);
        Column(r => r.ChangedBy);
        Column(r => r.ChangedAt);

        // Projected (the metadata names the column) but neither filterable nor sortable: the action is stored as JSON.
        var then = new FieldType
        {
            Name = "then",
            Type = typeof(NonNullGraphType<RuleActionType>),
            Resolver = new FuncFieldResolver<ScoringRule, RuleAction?>(context => RuleActionJson.Parse(context.Source.Then).Action),
        };
        then.Metadata[EntityField.MetadataKey] = new EntityField("then", typeof(ScoringRule).GetProperty(nameof(ScoringRule.Then))!, EntityFieldKind.Scalar, typeof(string));
        AddField(then);
    }
}
