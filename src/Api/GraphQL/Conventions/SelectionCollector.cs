using GraphQL;
using GraphQLParser.AST;

namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>Collects the fields of selection sets by field name, through fragment spreads and inline fragments, honouring @skip and @include.</summary>
public static class SelectionCollector
{
    public static Dictionary<string, List<GraphQLField>> Collect(IResolveFieldContext context, IEnumerable<GraphQLSelectionSet?> selectionSets)
    {
        var fields = new Dictionary<string, List<GraphQLField>>();
        foreach (var selectionSet in selectionSets)
        {
            Collect(context, selectionSet, fields);
        }

        return fields;
    }

    /// <summary>The merged sub-selections of the given fields (as HotChocolate, one projection per field name).</summary>
    public static Dictionary<string, List<GraphQLField>> Children(IResolveFieldContext context, IEnumerable<GraphQLField>? fields) =>
        Collect(context, fields?.Select(f => f.SelectionSet) ?? []);

    private static void Collect(IResolveFieldContext context, GraphQLSelectionSet? selectionSet, Dictionary<string, List<GraphQLField>> fields)
    {
        if (selectionSet is null)
        {
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            if (selection is IHasDirectivesNode node && !IsIncluded(context, node))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    if (!fields.TryGetValue(name, out var list))
                    {
                        fields[name] = list = [];
                    }

                    list.Add(field);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(context, inline.SelectionSet, fields);
                    break;
                case GraphQLFragmentSpread spread:
                    var definition = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name);
                    Collect(context, definition?.SelectionSet, fields);
                    break;
            }
        }
    }

    private static bool IsIncluded(IResolveFieldContext context, IHasDirectivesNode node)
    {
        if (node.Directives is null)
        {
            return true;
        }

        foreach (var directive in node.Directives)
        {
            var condition = directive.Arguments?.FirstOrDefault(a => a.Name == "if")?.Value;
            var value = condition switch
            {
                GraphQLBooleanValue boolean => boolean.BoolValue,
                GraphQLVariable variable => context.Variables.ValueFor(variable.Name.StringValue, out var v) && v.Value is true,
                _ => true,
            };
            if ((directive.Name == "skip" && value) || (directive.Name == "include" && !value))
            {
                return false;
            }
        }

        return true;
    }
}
