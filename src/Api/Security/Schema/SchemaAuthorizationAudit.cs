using GraphQL;
using GraphQL.Types;

namespace SalesGraph.Api.Security.Schema;

/// <summary>Walks a schema for holes: root fields without any rule, and personal fields readable without <see cref="Roles.PersonalData"/>.</summary>
public static class SchemaAuthorizationAudit
{
    private static readonly string[] PersonalFieldWords = ["email", "phone"];

    /// <summary><c>Type.field</c> for every Query/Mutation/Subscription field with no rule on itself, its root type or the type it returns.</summary>
    public static IReadOnlyList<string> FindUnprotectedRootFields(ISchema schema)
    {
        schema.Initialize();
        return new IObjectGraphType?[] { schema.Query, schema.Mutation, schema.Subscription }
            .OfType<IObjectGraphType>()
            .SelectMany(root => root.Fields
                .Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal))
                .Where(f => !f.DeclaresRule() && !root.DeclaresRule() && !(f.ResolvedType?.GetNamedType()).DeclaresRule())
                .Select(f => $"{root.Name}.{f.Name}"))
            .ToList();
    }

    /// <summary><c>Type.field</c> for every output field whose name mentions e-mail or phone and that does not require personal data.</summary>
    public static IReadOnlyList<string> FindExposedPersonalFields(ISchema schema)
    {
        schema.Initialize();
        return schema.AllTypes
            .Where(t => t is IObjectGraphType or IInterfaceGraphType && !t.Name.StartsWith("__", StringComparison.Ordinal))
            .Cast<IComplexGraphType>()
            .SelectMany(type => type.Fields
                .Where(f => PersonalFieldWords.Any(w => f.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))
                .Where(f => f.GetRoles()?.Contains(Roles.PersonalData) != true)
                .Select(f => $"{type.Name}.{f.Name}"))
            .ToList();
    }
}
