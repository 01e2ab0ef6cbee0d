using GraphQL.Validation;
using GraphQLParser.AST;

namespace SalesGraph.Api.Security.Schema;

/// <summary>Refuses an operation selecting more than <paramref name="max"/> root fields, counting through fragments.</summary>
public sealed class MaxRootFieldsRule(int max) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
        {
            var count = CountFields(operation.SelectionSet, ctx.Document, []);
            if (count > max)
            {
                ctx.ReportError(new LimitError(
                    ctx.Document.Source, ErrorCodes.MaxRootFields,
                    $"The operation selects {count} root fields; at most {max} are allowed.", operation));
            }
        }));

    private static int CountFields(GraphQLSelectionSet selectionSet, GraphQLDocument document, HashSet<string> spread) =>
        selectionSet.Selections.Sum(selection => selection switch
        {
            GraphQLField => 1,
            GraphQLInlineFragment inline => CountFields(inline.SelectionSet, document, spread),
            GraphQLFragmentSpread fragment when spread.Add(fragment.FragmentName.Name.StringValue) =>
                document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(d => d.FragmentName.Name == fragment.FragmentName.Name) is { } definition
                    ? CountFields(definition.SelectionSet, document, spread)
                    : 0,
            _ => 0,
        });
}
