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

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Execute_ResolverThrowsInAnyEnvironmentByDefault_GenericMessageWithoutDetails(string environment)
    {
        using var graphQL = new GraphQLHarness(environment: environment);

        var result = await graphQL.ExecuteAsync("{ failing }");

        var text = result.GetRawText();
        Assert.Equal("An internal error occurred.", result.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.DoesNotContain("secret_table", text, StringComparison.Ordinal);
        Assert.DoesNotContain("details", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_ResolverThrowsWithExposeExceptionDetails_ShowsTheException()
    {
        using var graphQL = new GraphQLHarness(new() { ["GraphQL:ExposeExceptionDetails"] = "true" }, environment: "Production");

        var result = await graphQL.ExecuteAsync("{ failing }");

        Assert.Contains("secret_table", result.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("details", result.GetRawText(), StringComparison.Ordinal);
    }
}
