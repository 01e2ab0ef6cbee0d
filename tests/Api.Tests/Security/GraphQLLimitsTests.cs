using System.Text.Json;
using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Security.Support;

namespace SalesGraph.Api.Tests.Security;

public sealed class GraphQLLimitsTests
{
    private static GraphQLHarness Harness(params (string Key, string Value)[] limits) =>
        new(limits.ToDictionary(l => $"Security:Limits:{l.Key}", l => (string?)l.Value));

    private static string[] Codes(JsonElement result) =>
        result.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToArray()
            : [];

    [Fact]
    public async Task Execute_DeeperThanMaxDepth_IsRefusedBeforeExecution()
    {
        using var graphQL = Harness(("MaxDepth", "3"));

        var result = await graphQL.ExecuteAsync("{ contacts { colleagues { colleagues { colleagues { name } } } } }");

        Assert.False(result.TryGetProperty("data", out _));
        Assert.NotEmpty(Codes(result));
    }

    [Fact]
    public async Task Execute_WithinMaxDepth_Runs()
    {
        using var graphQL = Harness(("MaxDepth", "3"));

        var result = await graphQL.ExecuteAsync("{ contacts { colleagues { name } } }");

        Assert.Empty(Codes(result));
    }

    [Fact]
    public async Task Execute_MoreAliasesThanAllowed_IsRefused()
    {
        using var graphQL = Harness(("MaxAliases", "3"));
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 4).Select(i => $"a{i}: ping")) + " }";

        var result = await graphQL.ExecuteAsync(query);

        Assert.Contains(ErrorCodes.MaxAliases, Codes(result));
        Assert.False(result.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Execute_MoreRootFieldsThanAllowedThroughFragments_IsRefused()
    {
        using var graphQL = Harness(("MaxRootFields", "2"), ("MaxAliases", "100"));

        var result = await graphQL.ExecuteAsync("{ ping ...f } fragment f on Query { rules p2: ping }");

        Assert.Contains(ErrorCodes.MaxRootFields, Codes(result));
    }

    [Fact]
    public async Task Execute_ListsMultipliedByFirstOverComplexity_IsRefused()
    {
        using var graphQL = Harness(("MaxComplexity", "1000"), ("MaxDepth", "10"));

        var small = await graphQL.ExecuteAsync("{ contacts(first: 5) { colleagues(first: 5) { name } } }");
        var large = await graphQL.ExecuteAsync("{ contacts(first: 50) { colleagues(first: 50) { name email } } }");

        Assert.Empty(Codes(small));
        Assert.NotEmpty(Codes(large));
        Assert.False(large.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Execute_IntrospectionSwitchedOff_IsRefused()
    {
        using var graphQL = Harness(("IntrospectionEnabled", "false"));

        var result = await graphQL.ExecuteAsync("{ __schema { queryType { name } } }");

        Assert.False(result.TryGetProperty("data", out _));
        Assert.NotEmpty(Codes(result));
    }

    [Fact]
    public async Task Execute_IntrospectionSwitchedOn_Answers()
    {
        using var graphQL = Harness(("IntrospectionEnabled", "true"));

        var result = await graphQL.ExecuteAsync("{ __schema { queryType { name } } }");

        Assert.Equal("Query", result.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Execute_IntrospectionDefaultOutsideDevelopment_IsOff()
    {
        using var graphQL = new GraphQLHarness(environment: "Production");

        var result = await graphQL.ExecuteAsync("{ __type(name: \"Query\") { name } }");

        Assert.False(result.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Execute_LongerThanTimeout_EndsWithAnError()
    {
        using var graphQL = Harness(("ExecutionTimeout", "00:00:00.200"));

        var result = await graphQL.ExecuteAsync("{ slow }");

        Assert.NotEmpty(Codes(result));
    }
}
