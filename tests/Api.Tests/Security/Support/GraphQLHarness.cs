using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Api.Tests.Security.TestSchema;

namespace SalesGraph.Api.Tests.Security.Support;

/// <summary>Runs the test schema through GraphQL.NET's DI executer wired exactly as the API wires it.</summary>
public sealed class GraphQLHarness : IDisposable
{
    private readonly ServiceProvider services;

    public GraphQLHarness(Dictionary<string, string?>? settings = null, string environment = "Testing")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment })
            .AddSingleton<MutationLog>()
            .AddSingleton(configuration)
            .AddGraphQL(b => b
                .AddSchema<GuardedSchema>()
                .AddGraphTypes(typeof(GuardedSchema).Assembly)
                .AddSystemTextJson()
                .AddSalesGraphSecurity())
            .AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.SectionName)).Services
            .AddOptions<GraphQLOptions>().Bind(configuration.GetSection(GraphQLOptions.SectionName)).Services
            .BuildServiceProvider();
    }

    public MutationLog Mutations => services.GetRequiredService<MutationLog>();

    public async Task<JsonElement> ExecuteAsync(string query, string? role = Roles.Admin)
    {
        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            User = role is null ? new ClaimsPrincipal(new ClaimsIdentity()) : TestPrincipals.WithRole(role),
            RequestServices = services,
        });
        var json = services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    public void Dispose() => services.Dispose();
}
