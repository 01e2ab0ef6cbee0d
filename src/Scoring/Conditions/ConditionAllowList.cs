using System.Linq.Expressions;
using System.Reflection;
using SalesGraph.Scoring.Facts;

namespace SalesGraph.Scoring.Conditions;

/// <summary>The security boundary: walks a parsed condition and lets through only fact fields, literals, operators,
/// null checks and Contains / StartsWith / EndsWith on text. It also rewrites: text tests become null-safe and
/// ignore case (OrdinalIgnoreCase); <c>x in (a, b)</c> becomes <c>x == a || x == b</c>.</summary>
internal sealed class ConditionAllowList(FactSchema schema, CustomFieldCatalog? catalog) : ExpressionVisitor
{
    /// <summary>The custom-field functions of <see cref="LeadFact"/> and the field types each may read (null: any).</summary>
    private static readonly Dictionary<string, CustomFieldType[]?> CustomFieldFunctions = new(StringComparer.Ordinal)
    {
        [nameof(LeadFact.Field)] = [CustomFieldType.Text, CustomFieldType.Date],
        [nameof(LeadFact.Number)] = [CustomFieldType.Number],
        [nameof(LeadFact.Flag)] = [CustomFieldType.YesNo],
        [nameof(LeadFact.Date)] = [CustomFieldType.Date],
        [nameof(LeadFact.IsMissing)] = null,
    };

    private const int MaxListedFields = 60;

    private const int MaxNodes = 400;

    private static readonly HashSet<Type> NumericTypes =
        [typeof(byte), typeof(short), typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal)];

    private static readonly Dictionary<string, MethodInfo> TextMethods = new()
    {
        ["Contains"] = typeof(string).GetMethod(nameof(string.Contains), [typeof(string), typeof(StringComparison)])!,
        ["StartsWith"] = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string), typeof(StringComparison)])!,
        ["EndsWith"] = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string), typeof(StringComparison)])!,
    };

    private int _nodes;

    /// <param name="catalog">The known custom fields; null when the names are not checked (compiling an already validated set).</param>
    public static Expression Check(FactSchema schema, CustomFieldCatalog? catalog, Expression body) => new ConditionAllowList(schema, catalog).Walk(body);

    private Expression Walk(Expression node) => Visit(node)!;

    public override Expression? Visit(Expression? node)
    {
        if (node is null)
            return null;
        if (++_nodes > MaxNodes)
            throw new ConditionRefusedException($"the condition is too complex (more than {MaxNodes} parts); split it into several rules");
        return node.NodeType switch
        {
            ExpressionType.Parameter or ExpressionType.MemberAccess or ExpressionType.Constant
                or ExpressionType.Not or ExpressionType.Negate or ExpressionType.UnaryPlus
                or ExpressionType.Convert or ExpressionType.ConvertChecked
                or ExpressionType.Equal or ExpressionType.NotEqual
                or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
                or ExpressionType.AndAlso or ExpressionType.OrElse
                or ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Multiply
                or ExpressionType.Divide or ExpressionType.Modulo or ExpressionType.Coalesce
                or ExpressionType.Call => base.Visit(node)!,
            ExpressionType.Conditional => throw Refuse("choices inside a condition (iif, np, ?:) are not allowed; write two rules or use && and ||", "iif", "np", "?"),
            ExpressionType.New or ExpressionType.NewArrayInit or ExpressionType.NewArrayBounds or ExpressionType.MemberInit or ExpressionType.ListInit
                => throw Refuse("creating objects or lists ('new') is not allowed in a condition", "new", "("),
            ExpressionType.Lambda or ExpressionType.Quote or ExpressionType.Invoke
                => throw Refuse("functions inside a condition (=>) are not allowed", "=>", "("),
            ExpressionType.Index or ExpressionType.ArrayIndex or ExpressionType.ArrayLength
                => throw Refuse("picking a character or element with [ ] is not allowed; use StartsWith, EndsWith or Contains", "["),
            ExpressionType.TypeIs or ExpressionType.TypeAs or ExpressionType.TypeEqual
                => throw Refuse("type tests ('is', 'as') are not allowed in a condition", " is ", " as "),
            ExpressionType.Assign => throw Refuse("assignment is not allowed; compare with ==", "="),
            _ => throw Refuse($"'{node.NodeType}' is not allowed in a condition; use fields, values, comparisons, && || !, + - * / and in (...)"),
        };
    }

    protected override Expression VisitParameter(ParameterExpression node) =>
        schema.Parameters.Contains(node) ? node : throw Refuse($"unknown name '{node.Name}'", node.Name);

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is ParameterExpression fact && schema.Parameters.Contains(fact))
        {
            if (schema.Allows(fact, node.Member))
                return node;
            var near = Levenshtein.Closest(node.Member.Name, schema.FieldNames(fact.Name!));
            throw new ConditionRefusedException(
                $"unknown field '{fact.Name}.{node.Member.Name}'" + (near is null ? "" : $"; did you mean '{near}'?"), "." + node.Member.Name);
        }
        if (node.Expression is not null && Nullable.GetUnderlyingType(node.Expression.Type) is not null
            && node.Member.Name is "HasValue" or "Value")
        {
            return node.Update(Walk(node.Expression));
        }
        throw Refuse($"'{node.Member.Name}' is not a field a condition can use; use the fields of {string.Join(", ", schema.Parameters.Select(p => p.Name))}", node.Member.Name);
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is null)
            return node;
        var type = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
        if (type == typeof(string) || type == typeof(bool) || type == typeof(DateTime) || NumericTypes.Contains(type) || IsFactEnum(type))
            return node;
        throw Refuse($"a value of type {type.Name} is not allowed; use numbers, text in \"quotes\", true, false or null");
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked && !IsAllowedConversion(node.Operand.Type, node.Type))
            throw Refuse($"changing a value to {(Nullable.GetUnderlyingType(node.Type) ?? node.Type).Name} is not allowed; compare values of the same kind", (Nullable.GetUnderlyingType(node.Type) ?? node.Type).Name.ToLowerInvariant() + "(", "(");
        if (node.Method is not null && !IsOperatorOf(node.Method, typeof(decimal)))
            throw Refuse($"operator {node.Method.Name} is not allowed");
        return node.Update(Walk(node.Operand));
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.Method is not null && !IsOperatorOf(node.Method, typeof(decimal)) && !IsOperatorOf(node.Method, typeof(string)) && !IsOperatorOf(node.Method, typeof(DateTime)))
            throw Refuse($"'{node.Method.Name}' is not allowed in a condition", node.Method.Name);
        if (node.Conversion is not null)
            throw Refuse("conversions are not allowed in a condition", "??");
        var checkedNode = node.Update(Walk(node.Left), null, Walk(node.Right));
        // A missing number or date is unequal to everything, yet "a numeric comparison on a missing value is false" holds for != too.
        if (node.NodeType == ExpressionType.NotEqual && (MissableCall(checkedNode.Left) ?? MissableCall(checkedNode.Right)) is { } call)
            return Expression.AndAlso(Expression.NotEqual(call, Expression.Constant(null, call.Type)), checkedNode);
        return checkedNode;
    }

    /// <summary><c>Lead.Number(..)</c> or <c>Lead.Date(..)</c>, under any conversions: the calls that answer null for a missing value.</summary>
    private static Expression? MissableCall(Expression side)
    {
        while (side is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
            side = convert.Operand;
        return side is MethodCallExpression { Method.Name: nameof(LeadFact.Number) or nameof(LeadFact.Date) } call && call.Method.DeclaringType == typeof(LeadFact)
            ? call
            : null;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType == typeof(LeadFact) && node.Object is ParameterExpression && CustomFieldFunctions.TryGetValue(node.Method.Name, out var types))
            return CustomField(node, types);
        if (node.Object is not null && node.Object.Type == typeof(string) && node.Arguments.Count == 1
            && node.Arguments[0].Type == typeof(string) && TextMethods.TryGetValue(node.Method.Name, out var ordinal))
        {
            var text = Walk(node.Object);
            var argument = Walk(node.Arguments[0]);
            // Null-safe: a missing field simply does not match.
            return Expression.AndAlso(
                Expression.NotEqual(text, Expression.Constant(null, typeof(string))),
                Expression.Call(text, ordinal, argument, Expression.Constant(StringComparison.OrdinalIgnoreCase)));
        }
        if (node.Method.DeclaringType == typeof(Enumerable) && node.Method.Name == nameof(Enumerable.Contains)
            && node.Arguments.Count == 2 && node.Arguments[0] is NewArrayExpression { NodeType: ExpressionType.NewArrayInit } list)
        {
            return RewriteIn(list, node.Arguments[1]);
        }
        if (node.Method.Name == nameof(string.Compare) && node.Method.DeclaringType == typeof(string))
            throw Refuse("text can only be compared with == and !=, or tested with Contains, StartsWith and EndsWith", "<", ">");
        if (node.Method.Name == nameof(string.Concat))
            throw Refuse("joining text with + is not allowed in a condition", "+");
        throw Refuse($"calling '{node.Method.Name}' is not allowed; a condition may only use Contains, StartsWith and EndsWith on text", node.Method.Name);
    }

    private Expression CustomField(MethodCallExpression node, CustomFieldType[]? types)
    {
        var function = node.Method.Name;
        var fact = Walk(node.Object!);
        if (node.Arguments is not [ConstantExpression { Value: string name }])
            throw Refuse($"{function} needs the field's name in quotes, e.g. Lead.{function}(\"TotalVisits\")", function + "(");
        if (catalog is null)
            return node.Update(fact, node.Arguments);
        var token = "\"" + name + "\"";
        if (!catalog.Fields.TryGetValue(name, out var type))
        {
            if (catalog.Names.Count == 0)
                throw Refuse($"unknown custom field '{name}'; no custom fields are known yet (they come from imports and submitted leads)", token);
            var near = Levenshtein.Closest(name, catalog.Names);
            var listed = string.Join(", ", catalog.Names.Take(MaxListedFields).Select(n => $"'{n}'"))
                + (catalog.Names.Count > MaxListedFields ? $" and {catalog.Names.Count - MaxListedFields} more" : "");
            throw Refuse($"unknown custom field '{name}'" + (near is null ? "" : $"; did you mean '{near}'?") + $"; known fields: {listed}", token);
        }
        if (types is not null && !types.Contains(type))
        {
            var right = CustomFieldCatalog.FunctionFor(type);
            throw Refuse($"'{name}' is a {CustomFieldCatalog.TypeName(type)} field; read it with Lead.{right}(\"{name}\") (or test Lead.IsMissing(\"{name}\"))", function + "(");
        }
        return node.Update(fact, node.Arguments);
    }

    protected override Expression VisitLambda<T>(Expression<T> node) =>
        throw Refuse("functions inside a condition (=>) are not allowed", "=>");

    private Expression RewriteIn(NewArrayExpression list, Expression value)
    {
        var checkedValue = Walk(value);
        Expression? chain = null;
        foreach (var item in list.Expressions)
        {
            var candidate = Walk(item);
            if (candidate.Type != checkedValue.Type)
                candidate = Expression.Convert(candidate, checkedValue.Type);
            var equal = Expression.Equal(checkedValue, candidate);
            chain = chain is null ? equal : Expression.OrElse(chain, equal);
        }
        return chain ?? Expression.Constant(false);
    }

    private static bool IsAllowedConversion(Type from, Type to)
    {
        var f = Nullable.GetUnderlyingType(from) ?? from;
        var t = Nullable.GetUnderlyingType(to) ?? to;
        if (f == t)
            return true;
        if (NumericTypes.Contains(f) && NumericTypes.Contains(t))
            return true;
        return (IsFactEnum(f) && Enum.GetUnderlyingType(f) == t) || (IsFactEnum(t) && Enum.GetUnderlyingType(t) == f);
    }

    private static bool IsFactEnum(Type type) => type.IsEnum && type.Namespace == typeof(Rules.RuleSpec).Namespace;

    private static bool IsOperatorOf(MethodInfo method, Type type) =>
        method.DeclaringType == type && method.IsSpecialName && method.Name.StartsWith("op_", StringComparison.Ordinal);

    private static ConditionRefusedException Refuse(string message, params string?[] tokens) => new(message, tokens);
}
