using System.Net;
using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Funnel;

public sealed class AnalyticsBadInputTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("funnel(groupBy: [TEAM, REP, INDUSTRY, MONTH])", "groupBy", "at most 3")]
    [InlineData("funnel(groupBy: [TEAM, TEAM])", "groupBy", "more than once")]
    [InlineData("funnel(groupBy: [MONTH, QUARTER])", "groupBy", "not both")]
    [InlineData("funnel(period: { from: \"2024-02-01T00:00:00Z\", to: \"2024-01-01T00:00:00Z\" })", "period", "inverted")]
    [InlineData("funnel(period: { from: \"2024-02-01T00:00:00Z\", to: \"2024-02-01T00:00:00Z\" })", "period", "empty")]
    [InlineData("leadConversion(groupBy: [SOURCE, GRADE, STAGE, MONTH])", "groupBy", "at most 3")]
    [InlineData("leadConversion(groupBy: [CUSTOM_FIELD])", "customField", "needs customField")]
    [InlineData("leadConversion(groupBy: [SOURCE], customField: \"region\")", "customField", "only with")]
    [InlineData("leadConversion(groupBy: [CUSTOM_FIELD], customField: \"a\\\"b\")", "customField", "without quotes")]
    public async Task Analytics_BadArgument_IsAPayloadErrorNamingIt(string field, string argument, string message)
    {
        await api.ArrangeAsync(KnownPipeline.Build());

        var data = await api.DataAsync($"{{ result: {field} {{ segments {{ key {{ period }} }} errors {{ ... on AnalyticsArgumentError {{ message argument }} }} }} }}");

        var error = Assert.Single(data["result"]!["errors"]!.AsArray())!;
        Assert.Equal(argument, (string)error["argument"]!);
        Assert.Contains(message, (string)error["message"]!, StringComparison.Ordinal);
        Assert.Empty(data["result"]!["segments"]!.AsArray());
    }

    [Theory]
    [InlineData("funnel(groupBy: [COLOUR]) { segments { won } }")]
    [InlineData("leadConversion(groupBy: [COLOUR]) { segments { leads } }")]
    public async Task Analytics_UnknownGrouping_IsARequestErrorNamingGroupBy(string field)
    {
        var response = await api.PostAsync($"{{ {field} }}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("groupBy", body, StringComparison.Ordinal);
        Assert.Contains("COLOUR", body, StringComparison.Ordinal);
    }
}
