using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;
using SalesGraph.Scoring.Facts;

namespace SalesGraph.Scoring.Conditions;

/// <summary>Makes <see cref="LeadFact"/> a type whose methods the parser may resolve (the custom-field functions). Nothing else is added,
/// and the allow-list still refuses every call but those functions; no type can be named in a condition (ResolveTypesBySimpleName is off).</summary>
internal sealed class FactTypeProvider : IDynamicLinqCustomTypeProvider
{
    private static readonly HashSet<Type> Types = [typeof(LeadFact)];

    public HashSet<Type> GetCustomTypes() => Types;

    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => [];

    public Type? ResolveType(string typeName) => null;

    public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
}
