using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Funnel;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Data;
using SalesGraph.Data.Opportunities;

namespace SalesGraph.Api.Tests.Funnel;

/// <summary>
/// funnel and leadConversion through the GraphQL endpoint against a plain LINQ-to-objects computation over the same 10,000
/// generated opportunities (with their stays) and 10,000 leads, for every grouping and one combination of each: the same
/// segments, counts exactly, amounts to the cent, rates and durations to 1e-9.
/// </summary>
public sealed class FunnelLinqComparisonTests(FunnelLinqComparisonTests.Database database) : IClassFixture<FunnelLinqComparisonTests.Database>
{
    private const double Tolerance = 1e-9;

    /// <summary>The API on a file holding <see cref="Sales"/>, written once for the class.</summary>
    public sealed class Database : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public GeneratedSales Sales { get; } = GeneratedSales.Build(10_000, 10_000, seed: 1410);

        public async Task InitializeAsync()
        {
            await Api.ArrangeAsync();
            await using var scope = Api.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            Sales.Write(connection);
            await connection.CloseAsync();
        }

        public Task DisposeAsync()
        {
            Api.Dispose();
            return Task.CompletedTask;
        }
    }

    public static TheoryData<string> FunnelGroupings() =>
        [.. Enum.GetValues<FunnelGroup>().Select(g => Constant(g.ToString())), "TEAM, QUARTER", "REP, INDUSTRY, MONTH"];

    public static TheoryData<string> LeadGroupings() =>
        [.. Enum.GetValues<LeadGroup>().Select(g => Constant(g.ToString())), "SOURCE, MONTH", "ROUTE_TEAM, GRADE, STAGE"];

    [Theory]
    [MemberData(nameof(FunnelGroupings))]
    public async Task Funnel_ByEachGrouping_AgreesWithLinqOverTheSameRows(string groupBy)
    {
        var groups = groupBy.Split(", ").ToHashSet();
        var body = await database.Api.QueryAsync($"{{ funnel(groupBy: [{groupBy}]) {{ segments {{ key {{ team {{ id }} rep {{ id }} territory {{ id }} industry pyramidTier period }} "
            + "opportunities amount weightedAmount won lost winRate averageDealSize stages { stage count current amount weightedAmount conversionToNext conversionToWon averageDaysInStage medianDaysInStage } } } }");
        Assert.True(body["errors"] is null, body.ToJsonString());
        var actual = body["data"]!["funnel"]!["segments"]!.AsArray().ToDictionary(s => FunnelKey(s!["key"]!), s => s!);

        var accounts = database.Sales.Accounts.ToDictionary(a => a.Id);
        var expected = database.Sales.Opportunities.GroupBy(o =>
        {
            var account = o.AccountId is { } a ? accounts[a] : null;
            int? team = o.RepId is { } rep ? GeneratedSales.TeamOfRep(rep) : null;
            return string.Join('|',
                groups.Contains("TEAM") ? Id(team) : "", groups.Contains("REP") ? Id(o.RepId) : "", groups.Contains("TERRITORY") ? Id(account?.TerritoryId) : "",
                groups.Contains("INDUSTRY") ? account?.Industry ?? "" : "", groups.Contains("PYRAMID_TIER") ? Norm(account?.Tier?.ToString()) : "",
                groups.Contains("MONTH") ? o.CreatedAt.ToString("yyyy-MM", CultureInfo.InvariantCulture)
                    : groups.Contains("QUARTER") ? $"{o.CreatedAt.Year:D4}-Q{((o.CreatedAt.Month - 1) / 3) + 1}" : "");
        }).ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, opportunities) in expected)
        {
            AssertFunnel(key, opportunities, actual[key]);
        }
    }

    private static void AssertFunnel(string key, List<GeneratedSales.Opportunity> opportunities, JsonNode segment)
    {
        Assert.Equal(opportunities.Count, (int)segment["opportunities"]!);
        Money(opportunities.Sum(o => o.Amount), segment["amount"], key);
        Money(opportunities.Sum(o => o.Amount * o.Probability), segment["weightedAmount"], key);
        var won = opportunities.Where(o => o.Stays.Any(s => s.Stage == FunnelStage.Won)).ToList();
        var lost = opportunities.Count(o => o.Stays.Any(s => s.Stage == FunnelStage.Lost));
        Assert.Equal(won.Count, (int)segment["won"]!);
        Assert.Equal(lost, (int)segment["lost"]!);
        Near(won.Count + lost == 0 ? null : (double)won.Count / (won.Count + lost), segment["winRate"], key);
        Near(won.Count == 0 ? null : Math.Round(won.Sum(o => o.Amount) / won.Count, 2), segment["averageDealSize"], key);

        var stages = segment["stages"]!.AsArray();
        foreach (var stage in Enum.GetValues<FunnelStage>())
        {
            var figures = stages[(int)stage]!;
            var where = $"{key} {stage}";
            Assert.Equal(Constant(stage.ToString()), (string)figures["stage"]!);
            var entered = opportunities.Where(o => o.Stays.Any(s => s.Stage == stage)).ToList();
            Assert.Equal(entered.Count, (int)figures["count"]!);
            Assert.Equal(entered.Count(o => o.Stage == stage), (int)figures["current"]!);
            Money(entered.Sum(o => o.Amount), figures["amount"], where);
            Money(entered.Sum(o => o.Amount * o.Probability), figures["weightedAmount"], where);
            var open = stage is not (FunnelStage.Won or FunnelStage.Lost);
            var movedOn = entered.Count(o => o.Stays.Any(s => s.Stage > stage && s.Stage != FunnelStage.Lost));
            var reachedWon = entered.Count(o => o.Stays.Any(s => s.Stage == FunnelStage.Won));
            Near(open && entered.Count > 0 ? (double)movedOn / entered.Count : null, figures["conversionToNext"], where);
            Near(open && entered.Count > 0 ? (double)reachedWon / entered.Count : null, figures["conversionToWon"], where);
            var days = entered.Select(o => o.Stays.Where(s => s.Stage == stage && s.LeftAt is not null).ToList())
                .Where(stays => stays.Count > 0)
                .Select(stays => stays.Sum(s => (s.LeftAt!.Value - s.EnteredAt).TotalDays))
                .ToList();
            Near(days.Count == 0 ? null : days.Average(), figures["averageDaysInStage"], where);
            Near(Median(days), figures["medianDaysInStage"], where);
        }
    }

    [Theory]
    [MemberData(nameof(LeadGroupings))]
    public async Task LeadConversion_ByEachGrouping_AgreesWithLinqOverTheSameRows(string groupBy)
    {
        var groups = groupBy.Split(", ").ToHashSet();
        var customField = groups.Contains("CUSTOM_FIELD") ? ", customField: \"region\"" : "";
        var body = await database.Api.QueryAsync($"{{ leadConversion(groupBy: [{groupBy}]{customField}) {{ segments {{ key {{ source grade stage routeTeam {{ id }} rep {{ id }} period customField }} "
            + "leads mql sql opportunities won mqlRate winRate followUpsDue followedUp slaBreaches medianHoursToFirstFollowUp } } }");
        Assert.True(body["errors"] is null, body.ToJsonString());
        var actual = body["data"]!["leadConversion"]!["segments"]!.AsArray().ToDictionary(s => LeadKey(s!["key"]!), s => s!);

        var stages = database.Sales.Opportunities.ToDictionary(o => o.Id, o => o.Stage);
        var now = DateTime.UtcNow;
        var expected = database.Sales.Leads.GroupBy(l => string.Join('|',
            groups.Contains("SOURCE") ? Norm(l.Source.ToString()) : "", groups.Contains("GRADE") ? Norm(l.Grade?.ToString()) : "",
            groups.Contains("STAGE") ? Norm(l.Stage.ToString()) : "", groups.Contains("ROUTE_TEAM") ? Id(l.TeamId) : "", groups.Contains("REP") ? Id(l.RepId) : "",
            groups.Contains("MONTH") ? l.CreatedAt.ToString("yyyy-MM", CultureInfo.InvariantCulture) : "",
            groups.Contains("CUSTOM_FIELD") ? Region(l.CustomFields) : "")).ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, leads) in expected)
        {
            var segment = actual[key];
            var mql = leads.Count(l => l.Stage is Data.Leads.LeadStage.Mql or Data.Leads.LeadStage.Sql || l.OpportunityId is not null);
            var won = leads.Count(l => l.Converted == true || (l.OpportunityId is { } o && stages[o] == FunnelStage.Won));
            Assert.Equal(leads.Count, (int)segment["leads"]!);
            Assert.Equal(mql, (int)segment["mql"]!);
            Assert.Equal(leads.Count(l => l.Stage == Data.Leads.LeadStage.Sql || l.OpportunityId is not null), (int)segment["sql"]!);
            Assert.Equal(leads.Count(l => l.OpportunityId is not null), (int)segment["opportunities"]!);
            Assert.Equal(won, (int)segment["won"]!);
            Near((double)mql / leads.Count, segment["mqlRate"], key);
            Near((double)won / leads.Count, segment["winRate"], key);
            Assert.Equal(leads.Count(l => l.DueAt is not null), (int)segment["followUpsDue"]!);
            Assert.Equal(leads.Count(l => l.FollowUpAt is not null), (int)segment["followedUp"]!);
            Assert.Equal(leads.Count(l => l.DueAt is { } due && (l.FollowUpAt is { } at ? at > due : due < now)), (int)segment["slaBreaches"]!);
            Near(Median([.. leads.Where(l => l.FollowUpAt is not null).Select(l => (l.FollowUpAt!.Value - l.CreatedAt).TotalHours)]), segment["medianHoursToFirstFollowUp"], key);
        }
    }

    private static string FunnelKey(JsonNode key) => string.Join('|',
        Id(key["team"]?["id"]), Id(key["rep"]?["id"]), Id(key["territory"]?["id"]), Text(key["industry"]), Norm(Text(key["pyramidTier"])), Text(key["period"]));

    private static string LeadKey(JsonNode key) => string.Join('|',
        Norm(Text(key["source"])), Norm(Text(key["grade"])), Norm(Text(key["stage"])), Id(key["routeTeam"]?["id"]), Id(key["rep"]?["id"]),
        Text(key["period"]), Text(key["customField"]));

    /// <summary>A key part: "" for null (a grouping not asked for, or a null value).</summary>
    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? "";

    private static string Id(JsonNode? node) => node is null ? "" : ((int)node).ToString(CultureInfo.InvariantCulture);

    private static string Id(int? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Enum names compared without case and underscores (C# WebForm, GraphQL WEB_FORM).</summary>
    private static string Norm(string? name) => name?.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant() ?? "";

    private static string Constant(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    private static string Region(string? json) =>
        json is null ? "" : JsonDocument.Parse(json).RootElement.TryGetProperty("region", out var region) ? region.GetString()! : "";

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static void Money(double expected, JsonNode? actual, string where) =>
        Assert.True(Math.Abs(expected - (double)actual!) < 0.005, $"{where}: {expected} <> {actual}");

    private static void Near(double? expected, JsonNode? actual, string where)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{where}: expected null, got {actual}");
            return;
        }

        Assert.True(actual is not null, $"{where}: expected {expected}, got null");
        var value = (double)actual;
        Assert.True(Math.Abs(expected.Value - value) <= Tolerance * Math.Max(1, Math.Abs(expected.Value)), $"{where}: {expected} <> {value}");
    }
}
