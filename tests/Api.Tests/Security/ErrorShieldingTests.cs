using SalesGraph.Api.Security;
using SalesGraph.Api.Tests.Security.Support;

namespace SalesGraph.Api.Tests.Security;

public sealed class ErrorShieldingTests
{
    [Fact]
    public async Task Execute_ResolverThrowsOutsideDevelopment_GenericMessageWithCorrelationId()
    {
        using var graphQL = new GraphQLHarness(environment: "Production");

        var result = await graphQL.ExecuteAsync("{ failing }");

        var text = result.GetRawText();
        var error = result.GetProperty("errors")[0];
        Assert.Equal("An internal error occurred.", error.GetProperty("message").GetString());
        Assert.Equal(ErrorCodes.Internal, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("correlationId").GetString()));
        Assert.DoesNotContain("SQLite", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/srv/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_ResolverThrowsInDevelopment_ShowsTheException()
    {
        using var graphQL = new GraphQLHarness(environment: "Development");

        var result = await graphQL.ExecuteAsync("{ failing }");

        Assert.Contains("secret_table", result.GetRawText(), StringComparison.Ordinal);
    }
}
