using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.GraphQL.Execution;
using SalesGraph.Api.GraphQL.Http;
using SalesGraph.Api.GraphQL.TrustedDocuments;
using SalesGraph.Api.Subscriptions;

namespace SalesGraph.Api.GraphQL;

public static class GraphQLExtensions
{
    /// <summary>Registers the schema (every <see cref="IEntityGraphType"/>, <see cref="IQueryFields"/>, <see cref="IMutationFields"/> and <see cref="ISubscriptionFields"/> in this assembly), the executer and the document cache.</summary>
    public static IServiceCollection AddSalesGraphQL(this IServiceCollection services, Action<IGraphQLBuilder>? configure = null)
    {
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.SectionName);
        services.AddOptions<TrustedDocumentOptions>().BindConfiguration(TrustedDocumentOptions.SectionName);
        services.AddSingleton<TrustedDocumentStore>();
        foreach (var type in typeof(GraphQLExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IEntityGraphType).IsAssignableFrom(type))
            {
                services.AddSingleton(type);
                services.AddSingleton(sp => (IEntityGraphType)sp.GetRequiredService(type));
            }

            if (typeof(IQueryFields).IsAssignableFrom(type))
            {
                services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IQueryFields), type));
            }

            if (typeof(IMutationFields).IsAssignableFrom(type))
            {
                services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IMutationFields), type));
            }

            if (typeof(ISubscriptionFields).IsAssignableFrom(type))
            {
                services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(ISubscriptionFields), type));
            }
        }

        services.AddSingleton<QueryType>();
        services.AddSingleton<MutationType>();
        services.AddSingleton<SubscriptionType>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<SalesSchema>()
            .AddSystemTextJson()
            .AddExecutionStrategy<QueryExecutionStrategy>(OperationType.Query)
            .ConfigureExecution<DocumentCache>()
            // documentId (sha256:<hex>) in GET and POST; query text stays allowed except where TrustedDocumentPolicy requires ids.
            .UsePersistedDocuments<TrustedDocumentLoader>(global::GraphQL.DI.ServiceLifetime.Singleton, o => o.AllowOnlyPersistedDocuments = false)
            .ConfigureExecution<TrustedDocumentPolicy>()
            .ConfigureExecutionOptions(o => o.UnhandledExceptionDelegate = context =>
            {
                context.Context?.RequestServices?.GetService<ILogger<SalesSchema>>()?
                    .LogError(context.OriginalException, "Unhandled exception while executing a GraphQL request");
                return Task.CompletedTask;
            }));
        if (configure is not null)
        {
            services.AddGraphQL(configure);
        }

        return services;
    }

    public static IEndpointConventionBuilder MapSalesGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, GraphQLHttpEndpoint.HandleAsync);
}
