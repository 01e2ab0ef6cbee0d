using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Tenders;

namespace SalesGraph.Api.Tests.Tenders;

public sealed class TenderQueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static Tender Tender(string ocid, BidDecision? decision) => new()
    {
        Ocid = ocid,
        Title = $"Tender {ocid}",
        BidDecision = decision,
        PublishedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public async Task Tenders_WhereBidDecisionIsNoBid_ReturnsThoseTenders()
    {
        await api.ArrangeAsync(Tender("ocds-1", BidDecision.Bid), Tender("ocds-2", BidDecision.NoBid), Tender("ocds-3", null));

        var data = await api.DataAsync("{ tenders(where: { bidDecision: { eq: NO_BID } }) { totalCount nodes { ocid bidDecision } } }");

        Assert.Equal("""{"totalCount":1,"nodes":[{"ocid":"ocds-2","bidDecision":"NO_BID"}]}""", data["tenders"]!.ToJsonString());
    }
}
