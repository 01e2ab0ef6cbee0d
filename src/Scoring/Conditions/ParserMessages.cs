using System.Text.RegularExpressions;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Conditions;

/// <summary>Rewords System.Linq.Dynamic.Core's messages for people who write rules, not code.</summary>
internal static partial class ParserMessages
{
    public static RuleError Translate(FactSchema schema, string text, string message, int? zeroBasedPosition)
    {
        var position = zeroBasedPosition is { } z ? Math.Min(z, text.Length) + 1 : (int?)null;
        var (friendly, at) = Reword(schema, text, message, position);
        return new RuleError(RuleError.When, at, ConditionParser.WithPosition(friendly, at));
    }

    private static (string Message, int? Position) Reword(FactSchema schema, string text, string message, int? position)
    {
        if (NoMember().Match(message) is { Success: true } noMember)
        {
            var field = noMember.Groups[1].Value;
            var fact = schema.Parameters.FirstOrDefault(p => p.Type.Name == noMember.Groups[2].Value);
            if (fact is null)
                return ($"'{field}' is not a field a condition can use; use the fields of {Facts(schema)}", position);
            var near = Levenshtein.Closest(field, schema.FieldNames(fact.Name!));
            return ($"unknown field '{fact.Name}.{field}'" + (near is null ? "" : $"; did you mean '{near}'?"), position);
        }
        if (UnknownIdentifier().Match(message) is { Success: true } unknown)
        {
            var name = unknown.Groups[1].Value;
            var near = Levenshtein.Closest(name, schema.Parameters.Select(p => p.Name!));
            return ($"unknown name '{name}'" + (near is null ? $"; a condition can only use {Facts(schema)}, e.g. {ConditionParser.Example(schema)}" : $"; did you mean '{near}'?"), position);
        }
        var type = TypeNotFound().Match(message);
        if (type.Success && !type.Groups[1].Value.Contains('.'))
            return ($"unknown name '{type.Groups[1].Value}'; a condition can only use {Facts(schema)}, e.g. {ConditionParser.Example(schema)}", position);
        if (type.Success)
            return ($"'{type.Groups[1].Value}' is not allowed; conditions cannot use types or code, only the fields of {Facts(schema)}", ConditionParser.Locate(text, [type.Groups[1].Value]) ?? position);
        if (MethodNotAllowed().Match(message) is { Success: true } method)
            return ($"calling '{method.Groups[1].Value}' is not allowed; a condition may only use Contains, StartsWith and EndsWith on text", position);
        if (BooleanExpected().IsMatch(message))
            return ($"the condition must be true or false, e.g. {ConditionParser.Example(schema)}", position);
        if (TypeExpected().Match(message) is { Success: true } expected)
        {
            var expectedName = expected.Groups[1].Value.Split('.')[^1];
            var enumType = schema.Parameters.SelectMany(p => p.Type.GetProperties()).Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)
                .FirstOrDefault(t => t.IsEnum && t.Name == expectedName);
            return enumType is null
                ? ($"this needs {Describe(expected.Groups[1].Value)}", position)
                : ($"not a valid {enumType.Name}; use one of {string.Join(", ", Enum.GetNames(enumType))}", position);
        }
        if (Incompatible().Match(message) is { Success: true } incompatible)
            return ($"cannot compare {Describe(incompatible.Groups[2].Value)} with {Describe(incompatible.Groups[3].Value)} ('{incompatible.Groups[1].Value}')", position);
        if (BinaryNotDefined().Match(message) is { Success: true } binary)
            return ($"cannot compare {Describe(binary.Groups[2].Value)} with {Describe(binary.Groups[3].Value)}", position);
        if (NotAValidValue().Match(message) is { Success: true } invalid)
        {
            var literal = invalid.Groups[1].Value;
            return ($"'{literal}' is not {Describe(invalid.Groups[2].Value)}; this field needs {Describe(invalid.Groups[2].Value)}", ConditionParser.Locate(text, ["\"" + literal + "\"", literal]) ?? position);
        }
        if (message.Contains("expected", StringComparison.OrdinalIgnoreCase) || message.Contains("Syntax", StringComparison.OrdinalIgnoreCase)
            || message.Contains("Unterminated", StringComparison.OrdinalIgnoreCase))
        {
            return ($"the condition could not be read ({message.TrimEnd('.')}); check brackets, quotes and operators", position);
        }
        return ($"the condition could not be read: {message.TrimEnd('.')}", position);
    }

    private static string Facts(FactSchema schema) => string.Join(", ", schema.Parameters.Select(p => p.Name));

    private static string Describe(string typeName) => NullableWrapper().Replace(typeName, "$1").Replace("System.", "").Trim() switch
    {
        "Int32" or "Int64" or "Int16" or "Byte" => "a whole number",
        "Double" or "Decimal" or "Single" => "a number",
        "String" => "text",
        "Boolean" => "true or false",
        var other => other,
    };

    [GeneratedRegex(@"No property or field '(\w+)' exists in type '(\w+)'")]
    private static partial Regex NoMember();

    [GeneratedRegex(@"Unknown identifier '([^']+)'")]
    private static partial Regex UnknownIdentifier();

    [GeneratedRegex(@"Type '([^']+)' not found")]
    private static partial Regex TypeNotFound();

    [GeneratedRegex(@"(?:Method|method) '(\w+)'")]
    private static partial Regex MethodNotAllowed();

    [GeneratedRegex(@"Expression of type 'Boolean' expected")]
    private static partial Regex BooleanExpected();

    [GeneratedRegex(@"Expression of type '([\w`.]+)' expected")]
    private static partial Regex TypeExpected();

    [GeneratedRegex(@"Operator '([^']+)' incompatible with operand types '([^']+)' and '([^']+)'")]
    private static partial Regex Incompatible();

    [GeneratedRegex(@"The binary operator (\w+) is not defined for the types '([^']+)' and '([^']+)'")]
    private static partial Regex BinaryNotDefined();

    [GeneratedRegex(@"(?:System\.)?Nullable`1\[(?:System\.)?(\w+)\]")]
    private static partial Regex NullableWrapper();

    [GeneratedRegex(@"^(.*) is not a valid value for (\w+)")]
    private static partial Regex NotAValidValue();
}
