using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace SalesGraph.Api.Security.Schema;

/// <summary>
/// Refuses a document whose selections, with every fragment spread written out, exceed
/// <see cref="GraphQLLimitsOptions.MaxExpandedFields"/> fields or <see cref="GraphQLLimitsOptions.MaxDepth"/> × 4
/// levels of fragment nesting. Runs before validation: fragments that spread others twice grow exponentially
/// (30 fragments, 2^30 fields), and validation and complexity analysis walk the expanded tree.
/// Counted in linear time, each fragment once.
/// </summary>
public sealed class ExpandedSizeGuard(IOptions<SecurityOptions> options) : IConfigureExecution
{
    public float SortOrder => 300;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        if (executionOptions.Document is not null || executionOptions.Query is not { Length: > 0 } query)
        {
            return next(executionOptions);
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLParserException)
        {
            return next(executionOptions); // the executer reports the syntax error
        }

        var limits = options.Value.Limits;
        var counter = new Counter(document, limits.MaxExpandedFields, limits.MaxDepth * 4);
        var size = document.Definitions.OfType<GraphQLOperationDefinition>().Sum(op => counter.Size(op.SelectionSet, 0));
        if (size <= limits.MaxExpandedFields)
        {
            return next(executionOptions);
        }

        return Task.FromResult(new ExecutionResult
        {
            Errors = [new ExecutionError(
                $"The document selects more than {limits.MaxExpandedFields} fields once its fragments are written out, or nests fragments too deeply.")
            { Code = ErrorCodes.MaxExpandedFields }],
        });
    }

    private sealed class Counter(GraphQLDocument document, long max, int maxDepth)
    {
        private readonly Dictionary<string, long> _fragments = [];
        private readonly Dictionary<string, GraphQLFragmentDefinition> _definitions = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .DistinctBy(d => d.FragmentName.Name.StringValue)
            .ToDictionary(d => d.FragmentName.Name.StringValue);

        /// <summary>Saturates at <c>max + 1</c>: anything over the limit is refused anyway.</summary>
        public long Size(GraphQLSelectionSet? selectionSet, int depth)
        {
            if (selectionSet is null)
            {
                return 0;
            }

            if (depth > maxDepth)
            {
                return max + 1;
            }

            long total = 0;
            foreach (var selection in selectionSet.Selections)
            {
                total += selection switch
                {
                    GraphQLField field => 1 + Size(field.SelectionSet, depth + 1),
                    GraphQLInlineFragment inline => Size(inline.SelectionSet, depth + 1),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue, depth + 1),
                    _ => 0,
                };
                if (total > max)
                {
                    return max + 1;
                }
            }

            return total;
        }

        private long Fragment(string name, int depth)
        {
            if (_fragments.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!_definitions.TryGetValue(name, out var definition))
            {
                return 0; // unknown fragment: validation reports it
            }

            _fragments[name] = 0; // a cycle counts as nothing here; validation reports it
            return _fragments[name] = Size(definition.SelectionSet, depth);
        }
    }
}
