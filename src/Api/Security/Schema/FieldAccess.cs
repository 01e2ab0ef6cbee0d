using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using GraphQL;
using GraphQL.Types;

namespace SalesGraph.Api.Security.Schema;

/// <summary>
/// The authorization rules that apply when <see cref="Field"/> is resolved on <see cref="Parent"/>, read from the schema
/// metadata once: the field's, the parent type's (unless the field allows anonymous access) and the returned type's, in
/// that order, and whether it is a root field that declares none (refused, fail closed). Schema types are built once,
/// so the rules of a pair never change; only the principal differs per request. Kept per schema, and dropped with it.
/// </summary>
public sealed class FieldAccess
{
    private static readonly ConditionalWeakTable<ISchema, ConcurrentDictionary<(IGraphType Parent, FieldType Field), FieldAccess>> Known = [];

    private readonly (IReadOnlyList<string> Roles, IReadOnlyList<string> Policies)[] _rules;
    private readonly bool _rootWithoutRule;

    private FieldAccess(IGraphType parent, FieldType field, ISchema schema)
    {
        Parent = parent.Name;
        Field = field.Name;
        if (field.Name.StartsWith("__", StringComparison.Ordinal))
        {
            _rules = [];
            return;
        }

        var returned = field.ResolvedType?.GetNamedType();
        IMetadataReader?[] elements = [field, field.IsAnonymousAllowed() ? null : parent, returned];
        _rules = [.. elements.OfType<IMetadataReader>().Where(e => e.IsAuthorizationRequired()).Select(e => (e.GetRoles() ?? [], e.GetPolicies() ?? []))];
        var isRoot = parent == schema.Query || parent == schema.Mutation || parent == schema.Subscription;
        _rootWithoutRule = isRoot && !field.DeclaresRule() && !parent.DeclaresRule() && !returned.DeclaresRule();
    }

    public string Parent { get; }

    public string Field { get; }

    public static FieldAccess For(IResolveFieldContext context) => For(context.Schema, context.ParentType, context.FieldDefinition);

    public static FieldAccess For(ISchema schema, IGraphType parent, FieldType field) =>
        Known.GetValue(schema, static _ => new())
            .GetOrAdd((parent, field), static (key, schema) => new FieldAccess(key.Parent, key.Field, schema), schema);

    /// <summary>Null when <paramref name="user"/> may read the field, else why not, in words.</summary>
    public string? Denial(ClaimsPrincipal? user)
    {
        foreach (var (roles, policies) in _rules)
        {
            var unmet = Unmet(roles, policies, user);
            if (unmet is not null)
            {
                return $"Not authorized to read {Parent}.{Field}: it needs {unmet}.";
            }
        }

        return _rootWithoutRule ? $"Not authorized to read {Parent}.{Field}: it declares no authorization rule." : null;
    }

    private static string? Unmet(IReadOnlyList<string> roles, IReadOnlyList<string> policies, ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return "an authenticated principal";
        }

        if (policies.Count > 0)
        {
            return $"policies {string.Join(", ", policies)}, which this server does not evaluate";
        }

        if (roles.Count == 0)
        {
            return null;
        }

        foreach (var role in roles)
        {
            if (user.IsInRole(role))
            {
                return null;
            }
        }

        return $"one of the roles {string.Join(", ", roles)}";
    }
}
