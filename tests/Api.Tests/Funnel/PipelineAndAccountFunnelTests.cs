using SalesGraph.Api.Tests.Infrastructure;

namespace SalesGraph.Api.Tests.Funnel;

public sealed class PipelineAndAccountFunnelTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Pipeline_AsOfMidMarch_ListsOpenOpportunitiesByCloseMonthAgainstTheTargets()
    {
        await api.ArrangeAsync(KnownPipeline.Build());
        var teams = await api.DataAsync("{ teams: opportunities(where: { name: { in: [\"O3\", \"O4\"] } }, order: [{ name: ASC }]) { nodes { owner { team { id } } } } }");
        var teamA = (int)teams["teams"]!["nodes"]![0]!["owner"]!["team"]!["id"]!;
        var teamB = (int)teams["teams"]!["nodes"]![1]!["owner"]!["team"]!["id"]!;
        foreach (var (team, month, amount) in new[] { (teamA, "2024-04-20T00:00:00Z", 1000), (teamB, "2024-06-01T00:00:00Z", 2000) })
        {
            var set = await api.DataAsync($"mutation {{ setSalesTarget(input: {{ teamId: {team}, month: \"{month}\", amount: {amount} }}) {{ target {{ periodStart amount }} errors {{ ... on Error {{ message }} }} }} }}");
            Assert.Null(set["setSalesTarget"]!["errors"]);
        }

        var data = await api.DataAsync("{ pipeline(asOf: \"2024-03-15T00:00:00Z\") { asOf months { period total { opportunities amount weightedAmount target coverage weightedCoverage } teams { team { name } opportunities amount target coverage } } errors { ... on Error { message } } } }");

        // O3 (Proposal, closes April) and O5 (Engaging, closes May) are open; O1/O2 are closed, O4 is created later.
        var months = data["pipeline"]!["months"]!.AsArray();
        Assert.Equal(["2024-04", "2024-05", "2024-06"], months.Select(m => (string)m!["period"]!));
        var april = months[0]!["total"]!;
        Assert.Equal((1, 500m, 250m, 1000m, 0.5, 0.25), ((int)april["opportunities"]!, (decimal)april["amount"]!, (decimal)april["weightedAmount"]!, (decimal)april["target"]!, (double)april["coverage"]!, (double)april["weightedCoverage"]!));
        Assert.Equal("Team A", (string)months[0]!["teams"]![0]!["team"]!["name"]!);
        var may = months[1]!["total"]!;
        Assert.Equal((1, 100m, 20m), ((int)may["opportunities"]!, (decimal)may["amount"]!, (decimal)may["weightedAmount"]!));
        Assert.Null(may["target"]);
        Assert.Null(may["coverage"]);
        // A target without open opportunities still shows, at zero coverage.
        var june = Assert.Single(months[2]!["teams"]!.AsArray())!;
        Assert.Equal(("Team B", 0, 2000m, 0.0), ((string)june["team"]!["name"]!, (int)june["opportunities"]!, (decimal)june["target"]!, (double)june["coverage"]!));
    }

    [Fact]
    public async Task SetSalesTarget_UnknownTeamOrNegativeAmount_IsAPayloadErrorNamingTheField()
    {
        await api.ArrangeAsync(KnownPipeline.Build());

        var unknown = await api.DataAsync("mutation { setSalesTarget(input: { teamId: 999, month: \"2024-01-01T00:00:00Z\", amount: 5 }) { target { amount } errors { ... on AnalyticsArgumentError { message argument } } } }");
        var negative = await api.DataAsync("mutation { setSalesTarget(input: { teamId: 1, month: \"2024-01-01T00:00:00Z\", amount: -5 }) { target { amount } errors { ... on AnalyticsArgumentError { message argument } } } }");

        Assert.Equal("input.teamId", (string)unknown["setSalesTarget"]!["errors"]![0]!["argument"]!);
        Assert.Equal("input.amount", (string)negative["setSalesTarget"]!["errors"]![0]!["argument"]!);
        Assert.Null(negative["setSalesTarget"]!["target"]);
    }

    [Fact]
    public async Task AccountFunnelAndBuyingCentre_PerAccount_GiveItsFiguresAndMissingRoles()
    {
        await api.ArrangeAsync(KnownPipeline.Build());

        var data = await api.DataAsync("{ accounts(order: [{ name: ASC }]) { nodes { name funnel { key { accountId } opportunities won lost stages { stage count } } "
            + "buyingCentre { noDeciderKnown noBuyerKnown missingRoles roles { role count contacts { fullName } } openOpportunities { name stage noDeciderKnown noBuyerKnown } } } } }");

        var retail = data["accounts"]!["nodes"]![0]!;
        var tech = data["accounts"]!["nodes"]![1]!;
        Assert.Equal((3, 1, 1, 3), ((int)retail["funnel"]!["opportunities"]!, (int)retail["funnel"]!["won"]!, (int)retail["funnel"]!["lost"]!, (int)retail["funnel"]!["stages"]![0]!["count"]!));
        Assert.Equal(2, (int)tech["funnel"]!["opportunities"]!);
        var centre = retail["buyingCentre"]!;
        Assert.False((bool)centre["noDeciderKnown"]!);
        Assert.True((bool)centre["noBuyerKnown"]!);
        Assert.Equal(["USER", "DECIDER"], centre["roles"]!.AsArray().Select(r => (string)r!["role"]!));
        Assert.Equal("Dee Cider", (string)centre["roles"]![1]!["contacts"]![0]!["fullName"]!);
        Assert.Contains("BUYER", centre["missingRoles"]!.AsArray().Select(r => (string)r!));
        // O5 is open with only Uma (a user) on it.
        var o5 = Assert.Single(centre["openOpportunities"]!.AsArray())!;
        Assert.Equal(("O5", true, true), ((string)o5["name"]!, (bool)o5["noDeciderKnown"]!, (bool)o5["noBuyerKnown"]!));
        Assert.True((bool)tech["buyingCentre"]!["noDeciderKnown"]!);
        Assert.Empty(tech["buyingCentre"]!["roles"]!.AsArray());
        Assert.Equal(2, tech["buyingCentre"]!["openOpportunities"]!.AsArray().Count);
    }
}
