using GraphQL.Validation.Complexity;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace SalesGraph.Api.Security.Schema;

public static class GraphQLSecurityBuilderExtensions
{
    /// <summary>
    /// Field authorization, depth/complexity/alias/root-field limits, the introspection switch, the execution
    /// timeout and error shielding, all read from <see cref="SecurityOptions"/>. Use with <c>IDocumentExecuter&lt;ISchema&gt;</c>
    /// from DI and set <see cref="ExecutionOptions.User"/> to the request's principal.
    /// </summary>
    /// <remarks>Queries read plain entity columns without the field middleware chain (<c>QueryExecutionStrategy</c>), applying
    /// <see cref="FieldAuthorizationMiddleware"/>'s rules itself: a further field middleware must be honoured there too.</remarks>
    public static IGraphQLBuilder AddSalesGraphSecurity(this IGraphQLBuilder builder) => builder
        .UseMiddleware<FieldAuthorizationMiddleware>()
        .AddValidationRule(sp => new MaxAliasesRule(Limits(sp).MaxAliases))
        .AddValidationRule(sp => new MaxRootFieldsRule(Limits(sp).MaxRootFields))
        .AddComplexityAnalyzer((complexity, sp) =>
        {
            var limits = Limits(sp);
            complexity.MaxDepth = limits.MaxDepth;
            complexity.MaxComplexity = limits.MaxComplexity;
            complexity.DefaultListImpactMultiplier = limits.DefaultListSize;
            // Introspection answers the fixed schema, not data: its lists do not multiply (depth and expanded size still apply),
            // so GraphiQL's docs query fits when introspection is on.
            var standard = complexity.DefaultComplexityImpactDelegate;
            complexity.DefaultComplexityImpactDelegate = field => IsIntrospection(field) ? new FieldComplexityResult(0, 1) : standard(field);
        })
        .ConfigureExecution<SecurityExecutionConfiguration>()
        .ConfigureExecution<ExpandedSizeGuard>()
        .AddErrorInfoProvider<ShieldingErrorInfoProvider>()
        .AddCheckedDocumentBuilder();

    private static IGraphQLBuilder AddCheckedDocumentBuilder(this IGraphQLBuilder builder)
    {
        builder.Services.Register<IDocumentBuilder, CheckedDocumentBuilder>(global::GraphQL.DI.ServiceLifetime.Singleton, replace: true);
        return builder;
    }

    private static bool IsIntrospection(FieldImpactContext field) =>
        field.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal);

    private static GraphQLLimitsOptions Limits(IServiceProvider services) =>
        services.GetRequiredService<IOptions<SecurityOptions>>().Value.Limits;
}
