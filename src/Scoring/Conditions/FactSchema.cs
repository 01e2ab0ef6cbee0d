using System.Linq.Expressions;
using System.Reflection;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Scoring.Conditions;

/// <summary>Which facts (by parameter name) and which of their fields a rule set's conditions may use.
/// The first fact is the subject; the others are joined to it.</summary>
public sealed class FactSchema
{
    private static readonly string[] ScoreFields = [nameof(LeadFact.Score), nameof(LeadFact.FitScore), nameof(LeadFact.EngagementScore), nameof(LeadFact.Grade)];

    private static readonly Dictionary<RuleSetKind, FactSchema> Schemas = new()
    {
        [RuleSetKind.LeadScoring] = new(RuleSetKind.LeadScoring, [("Lead", typeof(LeadFact)), ("Account", typeof(AccountFact)), ("Contact", typeof(ContactFact))], ScoreFields),
        [RuleSetKind.LeadRouting] = new(RuleSetKind.LeadRouting, [("Lead", typeof(LeadFact)), ("Account", typeof(AccountFact)), ("Contact", typeof(ContactFact))], []),
        [RuleSetKind.TenderEvaluation] = new(RuleSetKind.TenderEvaluation, [("Tender", typeof(TenderFact))], []),
        [RuleSetKind.CustomerStrategy] = new(RuleSetKind.CustomerStrategy, [("Customer", typeof(CustomerFact))], []),
    };

    private readonly Dictionary<string, Dictionary<string, PropertyInfo>> _members;

    private FactSchema(RuleSetKind kind, (string Name, Type Type)[] facts, string[] hiddenOnSubject)
    {
        Kind = kind;
        Parameters = [.. facts.Select(f => Expression.Parameter(f.Type, f.Name))];
        _members = facts.ToDictionary(
            f => f.Name,
            f => f.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => (f.Name != facts[0].Name || !hiddenOnSubject.Contains(p.Name)) && p.PropertyType != typeof(CustomFieldValues))
                .ToDictionary(p => p.Name, StringComparer.Ordinal));
        Fields = [.. facts.SelectMany(f => _members[f.Name].Values.Select(p => new FactField(f.Name, p.Name, TypeName(p.PropertyType), EnumValues(p.PropertyType))))];
    }

    public RuleSetKind Kind { get; }

    /// <summary>Lambda parameters in pattern order: subject first.</summary>
    public IReadOnlyList<ParameterExpression> Parameters { get; }

    public IReadOnlyList<FactField> Fields { get; }

    public ParameterExpression Subject => Parameters[0];

    public static FactSchema For(RuleSetKind kind) => Schemas[kind];

    public bool Allows(ParameterExpression fact, MemberInfo member) =>
        _members.TryGetValue(fact.Name!, out var members) && members.TryGetValue(member.Name, out var property) && property == member;

    public IEnumerable<string> FieldNames(string fact) =>
        _members.TryGetValue(fact, out var members) ? members.Keys : [];

    public int IndexOf(ParameterExpression parameter) => Parameters.ToList().FindIndex(p => p.Name == parameter.Name);

    internal static string TypeName(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
            return "text";
        if (t == typeof(bool))
            return "yes/no";
        if (t.IsEnum)
            return "one of " + string.Join(", ", Enum.GetNames(t));
        if (t == typeof(int) || t == typeof(long))
            return "whole number";
        return t == typeof(double) || t == typeof(decimal) || t == typeof(float) ? "number" : t.Name;
    }

    private static IReadOnlyList<string> EnumValues(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsEnum ? Enum.GetNames(t) : [];
    }
}
