using System.Globalization;
using System.Text.Json.Nodes;

namespace SalesGraph.Api.Tests.Demo;

/// <summary>
/// The demo, as the published default rules see it after a fresh start, shows the whole model: every pyramid tier, relationship
/// stage, strategy tag, NPS category and lead grade, each within the share documented in <c>src/Data/Seed/DemoData.cs</c>,
/// and won deals over several years.
/// </summary>
public sealed class DemoDataSpreadTests(DemoApiFactory demo) : IClassFixture<DemoApiFactory>
{
    [Theory]
    [InlineData("TOP", 0.5, 2)]
    [InlineData("LARGE", 1, 5)]
    [InlineData("MEDIUM", 4, 12)]
    [InlineData("SMALL", 30, 45)]
    [InlineData("INACTIVE", 5, 15)]
    [InlineData("PROSPECT", 15, 30)]
    [InlineData("SUSPECT", 12, 28)]
    public async Task Accounts_PyramidTier_WithinItsDocumentedShare(string tier, double minPercent, double maxPercent)
    {
        var share = await ShareAsync("accounts", $"pyramidTier: {{ eq: {tier} }}");

        Assert.InRange(share, minPercent, maxPercent);
    }

    [Theory]
    [InlineData("PROSPECT", 35, 50)]
    [InlineData("NEW", 5, 15)]
    [InlineData("LOYAL", 30, 50)]
    [InlineData("EX_CUSTOMER", 5, 15)]
    public async Task Accounts_RelationshipStage_WithinItsDocumentedShare(string stage, double minPercent, double maxPercent)
    {
        var share = await ShareAsync("accounts", $"relationshipStage: {{ eq: {stage} }}");

        Assert.InRange(share, minPercent, maxPercent);
    }

    [Theory]
    [InlineData("A", 8, 20)]
    [InlineData("B", 15, 30)]
    [InlineData("C", 10, 25)]
    [InlineData("D", 35, 55)]
    public async Task Leads_Grade_WithinItsDocumentedShare(string grade, double minPercent, double maxPercent)
    {
        var share = await ShareAsync("leads", $"grade: {{ eq: {grade} }}");

        Assert.InRange(share, minPercent, maxPercent);
    }

    [Theory]
    [InlineData("ACQUIRE", 20, 40)]
    [InlineData("RETAIN", 10, 30)]
    [InlineData("DEVELOP", 15, 35)]
    [InlineData("REDUCE", 8, 25)]
    [InlineData("WIN_BACK", 5, 15)]
    public async Task Accounts_StrategyTag_WithinItsDocumentedShare(string tag, double minPercent, double maxPercent)
    {
        var accounts = await AllAccountsAsync();

        var share = 100.0 * accounts.Count(a => a["strategies"]!.AsArray().Any(s => (string)s! == tag)) / accounts.Count;

        Assert.InRange(share, minPercent, maxPercent);
    }

    [Theory]
    [InlineData("PROMOTER", 30, 50)]
    [InlineData("PASSIVE", 25, 45)]
    [InlineData("DETRACTOR", 15, 35)]
    public async Task NpsResponses_Category_WithinItsDocumentedShare(string category, double minPercent, double maxPercent)
    {
        var responses = (await AllAccountsAsync()).SelectMany(a => a["npsResponses"]!.AsArray()).Select(r => (string)r!["category"]!).ToList();

        var share = 100.0 * responses.Count(c => c == category) / responses.Count;

        Assert.InRange(share, minPercent, maxPercent);
    }

    [Fact]
    public async Task Opportunities_WonDeals_SpanSeveralYearsUpToToday()
    {
        var today = DateTime.UtcNow.Date;
        var query = "{ oldest: opportunities(where: { stage: { eq: WON } }, order: [{ closedAt: ASC }], first: 1) { nodes { closedAt } } "
            + "newest: opportunities(where: { stage: { eq: WON } }, order: [{ closedAt: DESC }], first: 1) { nodes { closedAt } } "
            + string.Join(' ', Enumerable.Range(0, 5).Select(y =>
                $"y{y}: opportunities(where: {{ stage: {{ eq: WON }}, closedAt: {{ gte: \"{Iso(today.AddYears(-y - 1))}\", lt: \"{Iso(today.AddYears(-y).AddDays(1))}\" }} }}) {{ totalCount }}"))
            + " }";

        var data = await demo.DataAsync(query);

        var oldest = (DateTime)data["oldest"]!["nodes"]![0]!["closedAt"]!;
        var newest = (DateTime)data["newest"]!["nodes"]![0]!["closedAt"]!;
        Assert.True(newest - oldest >= TimeSpan.FromDays(4 * 365), $"won deals from {oldest:d} to {newest:d}");
        Assert.InRange(newest, today.AddDays(-7), today.AddDays(1));
        Assert.All(Enumerable.Range(0, 5), y => Assert.True((int)data[$"y{y}"]!["totalCount"]! > 0, $"no won deal {y + 1} years ago"));
    }

    private async Task<double> ShareAsync(string field, string where)
    {
        var data = await demo.DataAsync($"{{ part: {field}(where: {{ {where} }}) {{ totalCount }} all: {field} {{ totalCount }} }}");
        return 100.0 * (int)data["part"]!["totalCount"]! / (int)data["all"]!["totalCount"]!;
    }

    private async Task<List<JsonNode>> AllAccountsAsync()
    {
        var accounts = new List<JsonNode>();
        string? after = null;
        do
        {
            var page = (await demo.DataAsync($"{{ accounts(first: 50{(after is null ? "" : $", after: \"{after}\"")}) "
                + "{ pageInfo { hasNextPage endCursor } nodes { strategies npsResponses { category } } } }"))["accounts"]!;
            accounts.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);
        return accounts;
    }

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
