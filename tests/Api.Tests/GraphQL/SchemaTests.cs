using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace SalesGraph.Api.Tests.GraphQL;

public sealed class SchemaTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Print_Schema_MatchesSnapshot()
    {
        var schema = api.Services.GetRequiredService<SalesSchema>();
        schema.Initialize();

        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = false });

        sdl.MatchSnapshot();
    }
}
