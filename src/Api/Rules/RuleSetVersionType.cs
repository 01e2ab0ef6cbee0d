using GraphQL.Resolvers;
using GraphQL.Types;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules;

public sealed class RuleSetVersionType : EntityGraphType<RuleSetVersion>
{
    public RuleSetVersionType()
    {
        Description = "A published, numbered and immutable snapshot of a rule set.";
        Column(v => v.Id);
        Column(v => v.RuleSet);
        Column(v => v.Number);
        Column(v => v.Note);
        Column(v => v.PublishedBy);
        Column(v => v.PublishedAt);
        Column(v => v.RolledBackFrom);

        var rules = new FieldType
        {
            Name = "rules",
            Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<PublishedRuleType>>>),
            Resolver = new FuncFieldResolver<RuleSetVersion, IReadOnlyList<RuleSpec>>(context => RuleSetJson.Read(context.Source.RulesJson).Rules),
        };
        rules.Metadata[EntityField.MetadataKey] = new EntityField("rules", typeof(RuleSetVersion).GetProperty(nameof(RuleSetVersion.RulesJson))!, EntityFieldKind.Scalar, typeof(string));
        AddField(rules);
    }
}
