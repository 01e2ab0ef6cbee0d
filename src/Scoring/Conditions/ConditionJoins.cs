using System.Linq.Expressions;

namespace SalesGraph.Scoring.Conditions;

/// <summary>Splits a checked condition into &amp;&amp;-parts placed on patterns, and insists that every joined fact is tied to an earlier one
/// by an equality (joins are nested loops; an untied Account would match every account in the batch).</summary>
internal static class ConditionJoins
{
    public static ParsedCondition Split(FactSchema schema, Expression body)
    {
        var conjuncts = new List<Expression>();
        Flatten(body, conjuncts);
        var used = conjuncts.Select(c => FactsIn(schema, c)).ToList();
        var allUsed = used.SelectMany(u => u).Append(0).Distinct().Order().ToList();

        foreach (var fact in allUsed.Where(i => i > 0))
        {
            if (!conjuncts.Any(c => IsJoin(schema, c, fact)))
            {
                var name = schema.Parameters[fact].Name!;
                var subject = schema.Subject.Name;
                throw new ConditionRefusedException(
                    $"a rule that uses {name} must say which {name.ToLowerInvariant()} belongs to the {subject!.ToLowerInvariant()}; add e.g. {JoinExample(name!)} && ...",
                    name + ".");
            }
        }

        var parts = conjuncts.Select((c, i) =>
        {
            var facts = used[i].Count == 0 ? [0] : used[i];
            return new ConditionPart(facts.Max(), Expression.Lambda(c, facts.Select(f => schema.Parameters[f])));
        }).ToList();
        var lambda = Expression.Lambda(body, schema.Parameters);
        return new ParsedCondition(lambda, parts, allUsed);
    }

    private static string JoinExample(string fact) => fact switch
    {
        "Account" => "Lead.AccountId == Account.Id (or Lead.EmailDomain == Account.Domain)",
        "Contact" => "Lead.ContactId == Contact.Id (or Contact.AccountId == Account.Id)",
        _ => $"{fact}.Id == ...",
    };

    private static void Flatten(Expression e, List<Expression> into)
    {
        if (e.NodeType == ExpressionType.AndAlso && e is BinaryExpression b)
        {
            Flatten(b.Left, into);
            Flatten(b.Right, into);
        }
        else
        {
            into.Add(e);
        }
    }

    /// <summary>An equality between a field of <paramref name="fact"/> and a field of an earlier fact.</summary>
    private static bool IsJoin(FactSchema schema, Expression conjunct, int fact)
    {
        if (conjunct is not BinaryExpression { NodeType: ExpressionType.Equal } equal)
            return false;
        var left = FactOf(schema, equal.Left);
        var right = FactOf(schema, equal.Right);
        return (left == fact && right is { } r && r < fact) || (right == fact && left is { } l && l < fact);
    }

    private static int? FactOf(FactSchema schema, Expression side)
    {
        while (side is UnaryExpression { NodeType: ExpressionType.Convert } convert)
            side = convert.Operand;
        return side is MemberExpression { Expression: ParameterExpression p } ? schema.IndexOf(p) : null;
    }

    private static List<int> FactsIn(FactSchema schema, Expression e)
    {
        var finder = new ParameterFinder();
        finder.Visit(e);
        return [.. finder.Found.Select(schema.IndexOf).Distinct().Order()];
    }

    private sealed class ParameterFinder : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Found { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found.Add(node);
            return node;
        }
    }
}
