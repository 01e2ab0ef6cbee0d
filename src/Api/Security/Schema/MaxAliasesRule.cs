using GraphQL.Validation;
using GraphQLParser.AST;

namespace SalesGraph.Api.Security.Schema;

/// <summary>Refuses a document with more than <paramref name="max"/> aliased fields (alias amplification).</summary>
public sealed class MaxAliasesRule(int max) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is not null && ++count == max + 1)
            {
                ctx.ReportError(new LimitError(
                    ctx.Document.Source, ErrorCodes.MaxAliases, $"The document has more than {max} aliases.", field));
            }
        }));
    }
}
