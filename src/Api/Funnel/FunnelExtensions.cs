using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesGraph.Api.GraphQL.Conventions;

namespace SalesGraph.Api.Funnel;

public static class FunnelExtensions
{
    /// <summary>The graph types of the funnel, pipeline, lead-conversion and buying-centre results (the fields come with the assembly scan).</summary>
    public static IServiceCollection AddSalesFunnel(this IServiceCollection services)
    {
        foreach (var type in typeof(FunnelExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
            && t.Namespace == typeof(FunnelExtensions).Namespace
            && typeof(IGraphType).IsAssignableFrom(t) && !typeof(IEntityGraphType).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null))
        {
            services.TryAddTransient(type);
        }

        return services;
    }
}
