namespace SalesGraph.Api.GraphQL.Conventions;

/// <summary>HotChocolate's filter operation field names.</summary>
public static class FilterOperations
{
    public const string And = "and";
    public const string Or = "or";
    public const string Eq = "eq";
    public const string Neq = "neq";
    public const string In = "in";
    public const string Nin = "nin";
    public const string Contains = "contains";
    public const string NContains = "ncontains";
    public const string StartsWith = "startsWith";
    public const string NStartsWith = "nstartsWith";
    public const string EndsWith = "endsWith";
    public const string NEndsWith = "nendsWith";
    public const string Gt = "gt";
    public const string Ngt = "ngt";
    public const string Gte = "gte";
    public const string Ngte = "ngte";
    public const string Lt = "lt";
    public const string Nlt = "nlt";
    public const string Lte = "lte";
    public const string Nlte = "nlte";
    public const string All = "all";
    public const string None = "none";
    public const string Some = "some";
    public const string Any = "any";

    /// <summary>The fields of <c>CustomFieldFilterInput</c>: the name, a typed reading of the value each, and missing.</summary>
    public const string CustomFieldName = "name";
    public const string CustomFieldMissing = "missing";

    public static readonly (string Operation, Type Type)[] CustomFieldValues =
        [("text", typeof(string)), ("number", typeof(double?)), ("flag", typeof(bool?)), ("date", typeof(DateTime?))];

    public static readonly string[] ForString = [Eq, Neq, Contains, NContains, In, Nin, StartsWith, NStartsWith, EndsWith, NEndsWith];
    public static readonly string[] ForComparable = [Eq, Neq, In, Nin, Gt, Ngt, Gte, Ngte, Lt, Nlt, Lte, Nlte];
    public static readonly string[] ForBoolean = [Eq, Neq];
    public static readonly string[] ForEnum = [Eq, Neq, In, Nin];
}
