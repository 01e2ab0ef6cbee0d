using GraphQL.Types;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Api.Rules;

/// <summary>A rule as it was published in a version (the draft row's id, name, condition, action, priority).</summary>
public sealed class PublishedRuleType : ObjectGraphType<RuleSpec>
{
    public const string TypeName = "PublishedRule";

    public PublishedRuleType()
    {
        Name = TypeName;
        Field(r => r.Id);
        Field(r => r.Name);
        Field(r => r.When);
        Field<NonNullGraphType<RuleActionType>>("then").Resolve(c => c.Source.Then);
        Field(r => r.Priority);
        Field(r => r.Enabled);
    }
}
