using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Conditions;

/// <summary>Turns a condition text into a checked, rewritten expression: limits first, then System.Linq.Dynamic.Core,
/// then the allow-list walk, then the join check and the split into pattern conditions.</summary>
public static class ConditionParser
{
    public const int MaxLength = 2000;
    public const int MaxNesting = 16;

    private static readonly ParsingConfig Config = new()
    {
        AllowNewToEvaluateAnyType = false,
        ResolveTypesBySimpleName = false,
        DisableMemberAccessToIndexAccessorFallback = true,
        CustomTypeProvider = new FactTypeProvider(),
    };

    /// <param name="catalog">The known custom fields to check <c>Lead.Number("...")</c> and friends against; null skips that check
    /// (compiling a set whose rules were validated when they were written).</param>
    public static ConditionParseResult Parse(RuleSetKind kind, string? text, CustomFieldCatalog? catalog = null)
    {
        var schema = FactSchema.For(kind);
        if (string.IsNullOrWhiteSpace(text))
            return Fail(null, $"the condition is empty; write e.g. {Example(schema)} (or true for every {schema.Subject.Name!.ToLowerInvariant()})");
        if (text.Length > MaxLength)
            return Fail(null, $"the condition is {text.Length} characters long; the limit is {MaxLength}");
        if (LexicalCheck(text) is { } lexical)
            return new ConditionParseResult(null, lexical);

        LambdaExpression parsed;
        try
        {
            parsed = DynamicExpressionParser.ParseLambda(Config, [.. schema.Parameters], typeof(bool), text);
        }
        catch (ParseException e)
        {
            return new ConditionParseResult(null, ParserMessages.Translate(schema, text, e.Message, e.Position));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return new ConditionParseResult(null, ParserMessages.Translate(schema, text, e.Message, null));
        }

        Expression body;
        try
        {
            body = ConditionAllowList.Check(schema, catalog, parsed.Body);
            if (body.Type != typeof(bool))
                throw new ConditionRefusedException("the condition must be true or false, e.g. " + Example(schema));
            return new ConditionParseResult(ConditionJoins.Split(schema, body), null);
        }
        catch (ConditionRefusedException e)
        {
            return Fail(Locate(text, e.Tokens), e.Message);
        }
    }

    /// <summary>Refuses before parsing what the parser would accept too kindly or choke on: depth, '=' as assignment, '=>'.</summary>
    private static RuleError? LexicalCheck(string text)
    {
        var depth = 0;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\')
                    i++;
                else if (c == q)
                    quote = null;
                continue;
            }
            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '(' or '[' or '{':
                    if (++depth > MaxNesting)
                        return new RuleError(RuleError.When, i + 1, $"brackets are nested more than {MaxNesting} deep; simplify the condition");
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case '=':
                    var previous = i > 0 ? text[i - 1] : ' ';
                    var next = i + 1 < text.Length ? text[i + 1] : ' ';
                    if (next == '>')
                        return new RuleError(RuleError.When, i + 1, "functions inside a condition (=>) are not allowed");
                    if (next == '=')
                    {
                        i++;
                        break;
                    }
                    if (previous is not ('!' or '<' or '>'))
                        return new RuleError(RuleError.When, i + 1, "a single = would change a value; to compare, write ==");
                    break;
            }
        }
        return null;
    }

    internal static int? Locate(string text, IEnumerable<string> tokens)
    {
        foreach (var token in tokens)
        {
            var at = text.IndexOf(token, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
                return at + (token.StartsWith('.') ? 2 : 1);
        }
        return null;
    }

    internal static string Example(FactSchema schema) => schema.Kind switch
    {
        RuleSetKind.TenderEvaluation => "Tender.Value >= 100000",
        RuleSetKind.CustomerStrategy => "Customer.Revenue12Months > 0",
        _ => "Lead.Employees >= 500",
    };

    private static ConditionParseResult Fail(int? position, string message) =>
        new(null, new RuleError(RuleError.When, position, WithPosition(message, position)));

    /// <summary>"unknown field 'Lead.Employes' at 6; did you mean 'Employees'?": the position goes after the first clause.</summary>
    internal static string WithPosition(string message, int? position)
    {
        if (position is not { } p)
            return message;
        var split = message.IndexOf("; ", StringComparison.Ordinal);
        return split < 0 ? $"{message} at {p}" : $"{message[..split]} at {p}{message[split..]}";
    }
}
