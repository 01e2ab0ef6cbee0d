using System.Text.Json.Nodes;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Opportunities;
using SalesGraph.Data.Sales;

namespace SalesGraph.Api.Tests.Funnel;

public sealed class LeadConversionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Figures = "key { source grade stage routeTeam { name } rep { name } period periodStart customField } leads mql sql opportunities won mqlRate sqlRate opportunityRate winRate followUpsDue followedUp slaBreaches medianHoursToFirstFollowUp";

    private static DateTime At(int month, int day, int hour = 0) => new(2024, month, day, hour, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// L1 web form, SQL, became the won O1, followed up after 6 h of a 24 h SLA; L2 web form, MQL, followed up after 48 h of 24 h;
    /// L3 web form, nurture, no SLA; L4 event, SQL, 24 h SLA long past and not followed up; L5 event, disqualified, known to have converted.
    /// </summary>
    private static object[] Leads()
    {
        var team = new Team { Name = "Inside", Kind = TeamKind.Sales };
        var rep = new SalesRep { FullName = "Rita", Team = team, Capacity = 5 };
        var won = TestData.Opportunity("O1", FunnelStage.Won, 100m);
        Lead Lead(string id, LeadSource source, LeadGrade grade, LeadStage stage, DateTime created, DateTime? due, DateTime? followUp, string? custom) => new()
        {
            ExternalId = id,
            Source = source,
            Grade = grade,
            Stage = stage,
            CreatedAt = created,
            UpdatedAt = created,
            FollowUpDueAt = due,
            FirstFollowUpAt = followUp,
            CustomFields = custom,
            RouteTeam = due is null ? null : team,
            AssignedRep = due is null ? null : rep,
        };
        var l1 = Lead("L1", LeadSource.WebForm, LeadGrade.A, LeadStage.Sql, At(1, 1), At(1, 2), At(1, 1, 6), "{\"region\":\"north\"}");
        l1.Opportunity = won;
        var l5 = Lead("L5", LeadSource.Event, LeadGrade.D, LeadStage.Disqualified, At(2, 10), null, null, "{\"x\":\"1\"}");
        l5.Converted = true;
        return [team, rep, won, l1,
            Lead("L2", LeadSource.WebForm, LeadGrade.B, LeadStage.Mql, At(1, 10), At(1, 11), At(1, 12), "{\"region\":\"north\"}"),
            Lead("L3", LeadSource.WebForm, LeadGrade.C, LeadStage.Nurture, At(2, 1), null, null, null),
            Lead("L4", LeadSource.Event, LeadGrade.A, LeadStage.Sql, At(2, 5), At(2, 6), null, "{\"region\":\"south\"}"),
            l5];
    }

    private async Task<JsonArray> SegmentsAsync(string arguments)
    {
        await api.ArrangeAsync(Leads());
        var body = await api.QueryAsync($"{{ leadConversion{arguments} {{ segments {{ {Figures} }} errors {{ ... on Error {{ message }} }} }} }}");
        Assert.True(body["errors"] is null, body.ToJsonString());
        var data = body["data"]!;
        Assert.Null(data["leadConversion"]!["errors"]);
        return data["leadConversion"]!["segments"]!.AsArray();
    }

    [Fact]
    public async Task LeadConversion_WithoutGroups_CountsEveryStepAndTheSla()
    {
        var all = Assert.Single(await SegmentsAsync(""))!;

        AssertFigures(all, leads: 5, mql: 3, sql: 2, opportunities: 1, won: 2, due: 3, followedUp: 2, breaches: 2, medianHours: 27);
        Assert.Equal(0.6, (double)all["mqlRate"]!, 6);
        Assert.Equal(0.4, (double)all["sqlRate"]!, 6);
        Assert.Equal(0.2, (double)all["opportunityRate"]!, 6);
        Assert.Equal(0.4, (double)all["winRate"]!, 6);
    }

    [Fact]
    public async Task LeadConversion_BySourceAndMonth_SplitsTheFigures()
    {
        var segments = await SegmentsAsync("(groupBy: [SOURCE, MONTH])");

        Assert.Equal(["EVENT 2024-02", "WEB_FORM 2024-01", "WEB_FORM 2024-02"], segments.Select(s => $"{s!["key"]!["source"]} {s["key"]!["period"]}"));
        AssertFigures(segments[0]!, leads: 2, mql: 1, sql: 1, opportunities: 0, won: 1, due: 1, followedUp: 0, breaches: 1, medianHours: null);
        AssertFigures(segments[1]!, leads: 2, mql: 2, sql: 1, opportunities: 1, won: 1, due: 2, followedUp: 2, breaches: 1, medianHours: 27);
        AssertFigures(segments[2]!, leads: 1, mql: 0, sql: 0, opportunities: 0, won: 0, due: 0, followedUp: 0, breaches: 0, medianHours: null);
        Assert.Null(segments[0]!["key"]!["grade"]);
    }

    [Fact]
    public async Task LeadConversion_ByGradeStageTeamAndRep_UsesTheLeadsColumns()
    {
        var byGrade = await SegmentsAsync("(groupBy: [GRADE, STAGE])");
        var byTeam = await SegmentsAsync("(groupBy: [ROUTE_TEAM, REP])");

        Assert.Equal(["A SQL 2", "B MQL 1", "C NURTURE 1", "D DISQUALIFIED 1"], byGrade.Select(s => $"{s!["key"]!["grade"]} {s["key"]!["stage"]} {s["leads"]}"));
        Assert.Equal([" 2", "Inside Rita 3"], byTeam.Select(s => $"{s!["key"]!["routeTeam"]?["name"]}{(s["key"]!["rep"] is { } rep ? " " + rep["name"] : "")} {s["leads"]}"));
    }

    [Fact]
    public async Task LeadConversion_ByCustomField_GroupsByTheValueInTheJsonColumn()
    {
        var segments = await SegmentsAsync("(groupBy: [CUSTOM_FIELD], customField: \"region\")");

        Assert.Equal([" 2", "north 2", "south 1"], segments.Select(s => $"{s!["key"]!["customField"]} {s["leads"]}"));
        AssertFigures(segments[1]!, leads: 2, mql: 2, sql: 1, opportunities: 1, won: 1, due: 2, followedUp: 2, breaches: 1, medianHours: 27);
    }

    [Fact]
    public async Task LeadConversion_FilterSelectingNothing_IsAnEmptyList()
    {
        Assert.Empty(await SegmentsAsync("(where: { externalId: { eq: \"none\" } }, groupBy: [SOURCE])"));
        Assert.Empty(await SegmentsAsync("(where: { externalId: { eq: \"none\" } })"));
    }

    private static void AssertFigures(JsonNode segment, int leads, int mql, int sql, int opportunities, int won, int due, int followedUp, int breaches, double? medianHours)
    {
        Assert.Equal(
            (leads, mql, sql, opportunities, won, due, followedUp, breaches),
            ((int)segment["leads"]!, (int)segment["mql"]!, (int)segment["sql"]!, (int)segment["opportunities"]!, (int)segment["won"]!,
                (int)segment["followUpsDue"]!, (int)segment["followedUp"]!, (int)segment["slaBreaches"]!));
        if (medianHours is null)
        {
            Assert.Null(segment["medianHoursToFirstFollowUp"]);
        }
        else
        {
            Assert.Equal(medianHours.Value, (double)segment["medianHoursToFirstFollowUp"]!, 6);
        }
    }
}
