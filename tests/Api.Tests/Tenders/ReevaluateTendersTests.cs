using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Sales;
using SalesGraph.Data.Tenders;

namespace SalesGraph.Api.Tests.Tenders;

public sealed class ReevaluateTendersTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static Tender Tender(string ocid, string cpv, decimal value) => new()
    {
        Ocid = ocid,
        Title = $"Tender {ocid}",
        MainCpv = cpv,
        CpvCodes = cpv,
        ValueAmount = value,
        ProcurementMethod = ProcurementMethod.Open,
        QualityWeight = 60,
        PriceWeight = 40,
        PublishedAt = DateTime.UtcNow.AddDays(-5),
        DeadlineAt = DateTime.UtcNow.AddDays(60),
        CreatedAt = DateTime.UtcNow,
        UpdatedAt = DateTime.UtcNow,
    };

    [Fact]
    public async Task ReevaluateTenders_EmptyInput_DecidesRoutesAndExplainsEveryTender()
    {
        await api.ArrangeAsync(new Team { Name = "Public Sector Bids", Kind = TeamKind.Bid },
            Tender("ocds-it", "72000000", 500_000), Tender("ocds-roads", "45233000", 500_000));

        var run = (await api.DataAsync("mutation { reevaluateTenders(input: {}) { evaluated changed version errors { __typename } } }"))["reevaluateTenders"]!;
        var nodes = (await api.DataAsync("""
            { tenders(order: [{ ocid: ASC }]) { nodes { ocid bidDecision bidScore evaluationRuleVersion bidTeam { name }
                evaluation { version total hits { rule { name } ruleSet version points } } } } }
            """))["tenders"]!["nodes"]!.AsArray();

        Assert.Equal(2, (int)run["evaluated"]!);
        Assert.Equal(2, (int)run["changed"]!);
        Assert.Equal(1, (int)run["version"]!);
        Assert.Equal("BID", (string)nodes[0]!["bidDecision"]!);
        Assert.Equal("Public Sector Bids", (string)nodes[0]!["bidTeam"]!["name"]!);
        Assert.Equal("NO_BID", (string)nodes[1]!["bidDecision"]!);
        Assert.Null(nodes[1]!["bidTeam"]);
        Assert.All(nodes, n => Assert.Equal((int)n!["bidScore"]!, n["evaluation"]!["hits"]!.AsArray().Sum(h => (int)h!["points"]!)));
        Assert.All(nodes, n => Assert.Equal(1, (int)n!["evaluation"]!["version"]!));
        Assert.Contains(nodes[1]!["evaluation"]!["hits"]!.AsArray(), h => (string)h!["rule"]!["name"]! == "Outside what we deliver" && (string)h["ruleSet"]! == "TENDER_EVALUATION");
    }

    [Fact]
    public async Task ReevaluateTenders_WithWhere_EvaluatesOnlyMatchingTenders()
    {
        await api.ArrangeAsync(Tender("ocds-1", "72000000", 500_000), Tender("ocds-2", "72000000", 500_000));

        var run = (await api.DataAsync("""mutation { reevaluateTenders(input: { where: { ocid: { eq: "ocds-2" } } }) { evaluated } }"""))["reevaluateTenders"]!;
        var nodes = (await api.DataAsync("{ tenders(order: [{ ocid: ASC }]) { nodes { bidDecision } } }"))["tenders"]!["nodes"]!.AsArray();

        Assert.Equal(1, (int)run["evaluated"]!);
        Assert.Null(nodes[0]!["bidDecision"]);
        Assert.NotNull(nodes[1]!["bidDecision"]);
    }
}
