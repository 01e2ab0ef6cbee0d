using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Types;

namespace SalesGraph.Api.Tests.Security.Support;

/// <summary>
/// Builds the smallest document that calls a root field and passes validation: every required argument gets a
/// made-up value of its type (input objects filled recursively, lists empty), and the result selects <c>__typename</c>.
/// The arguments may be nonsense to the resolver; what matters is that execution starts, so authorization decides.
/// </summary>
public static class MinimalInvocation
{
    public static string Document(string operation, FieldType field, string text = "x")
    {
        var document = new StringBuilder(operation).Append(" { ").Append(field.Name);
        var arguments = (field.Arguments ?? []).Where(IsRequired).ToList();
        if (arguments.Count > 0)
        {
            document.Append('(').AppendJoin(", ", arguments.Select(a => $"{a.Name}: {Value(a.ResolvedType!, 0, text)}")).Append(')');
        }

        if (field.ResolvedType!.GetNamedType() is IComplexGraphType or UnionGraphType)
        {
            document.Append(" { __typename }");
        }

        return document.Append(" }").ToString();
    }

    private static bool IsRequired(QueryArgument argument) => argument.ResolvedType is NonNullGraphType && argument.DefaultValue is null;

    private static bool IsRequired(FieldType field) => field.ResolvedType is NonNullGraphType && field.DefaultValue is null;

    private static string Value(IGraphType type, int depth, string text) => type switch
    {
        NonNullGraphType nonNull => Value(nonNull.ResolvedType!, depth, text),
        ListGraphType => "[]",
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        // A one-of input takes exactly one of its fields: the first.
        IInputObjectGraphType { IsOneOf: true } oneOf when depth < 8 =>
            $"{{ {oneOf.Fields.First().Name}: {Value(oneOf.Fields.First().ResolvedType!, depth + 1, text)} }}",
        IInputObjectGraphType input when depth < 8 =>
            "{ " + string.Join(", ", input.Fields.Where(IsRequired).Select(f => $"{f.Name}: {Value(f.ResolvedType!, depth + 1, text)}")) + " }",
        IntGraphType or LongGraphType or ShortGraphType or ByteGraphType or FloatGraphType or DecimalGraphType or BigIntGraphType
            or UIntGraphType or ULongGraphType or UShortGraphType or SByteGraphType => "1",
        BooleanGraphType => "false",
        IdGraphType => "\"1\"",
        DateTimeGraphType or DateTimeOffsetGraphType => "\"2026-01-01T00:00:00Z\"",
        DateOnlyGraphType => "\"2026-01-01\"",
        TimeSpanSecondsGraphType or TimeSpanMillisecondsGraphType => "1",
        _ when type.Name is "DateTime" => "\"2026-01-01T00:00:00Z\"",
        _ when type.Name is "Decimal" or "Long" => "1",
        _ => System.Text.Json.JsonSerializer.Serialize(text),
    };

    public static string Describe(int status, string body) => string.Create(CultureInfo.InvariantCulture, $"HTTP {status}: {body}");
}
