using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesGraph.Api.Import;
using SalesGraph.Api.Rules.Backtest;
using SalesGraph.Api.Tests.Infrastructure;
using SalesGraph.Api.Tests.Rules;
using SalesGraph.Data;
using Xunit.Abstractions;

namespace SalesGraph.Api.Tests.Calibration;

/// <summary>The walk-through of docs/calibration.md: the shipped X Education CSV through the real import command into a SQLite
/// file, a dozen hand rules over its custom fields, a HASH backtest, suggested points applied, and the test-side AUC checked
/// against a plain pair count over the scores the leads got stored.</summary>
public sealed class XEducationCalibrationTests(ApiFactory api, ITestOutputHelper output) : IClassFixture<ApiFactory>
{
    /// <summary>Readable rules with the points a person would guess: round numbers, every signal worth about the same.</summary>
    public static readonly (string Name, string When, int Points)[] HandRules =
    [
        ("Came through the lead add form", "Lead.Field(\"Lead Origin\") == \"Lead Add Form\"", 10),
        ("Imported from a lead list", "Lead.Field(\"Lead Origin\") == \"Lead Import\"", 5),
        ("Working professional", "Lead.Field(\"What is your current occupation\") == \"Working Professional\"", 10),
        ("Unemployed", "Lead.Field(\"What is your current occupation\") == \"Unemployed\"", 5),
        ("Student", "Lead.Field(\"What is your current occupation\") == \"Student\"", -5),
        ("Returning visitor", "Lead.Number(\"TotalVisits\") >= 5", 5),
        ("Ten minutes on the site", "Lead.Number(\"secondsOnSite\") >= 600", 10),
        ("Chatted on the site", "Lead.Field(\"Lead Source\") == \"Olark Chat\"", 5),
        ("Came by reference", "Lead.Field(\"Lead Source\") == \"Reference\"", 10),
        ("Does not want e-mail", "Lead.Flag(\"Do Not Email\")", -5),
        ("No specialization given", "Lead.IsMissing(\"Specialization\")", -5),
        ("Reads many pages per visit", "Lead.Number(\"Page Views Per Visit\") >= 3", 5),
    ];

    private static readonly object Split = new { method = "HASH", testFraction = 0.3 };

    private const string Backtest = """
        query($split: LeadSplitInput) { backtestRuleSet(kind: LEAD_SCORING, split: $split) {
          draft { evaluated positives auc test { evaluated positives auc aucLower aucUpper gini ks liftAtTop10 distinctScores } scorePsi }
          published { version test { auc } }
          errors { message part } } }
        """;

    [Fact]
    public async Task XEducation_HandRulesThenSuggestedPoints_RaiseTheTestAucAndTheBacktestAgreesWithAPlainPairCount()
    {
        await api.ArrangeAsync();
        var (code, importOutput) = await ImportAsync();
        Assert.Equal(0, code);
        output.WriteLine(importOutput.Split('\n').LastOrDefault(l => l.Contains("new", StringComparison.Ordinal)) ?? importOutput);
        // Only the hand rules: the default B2B rules (company size, titles) say nothing about these leads.
        await using (var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync())
            await db.ScoringRules.Where(r => r.RuleSet == Data.Rules.RuleSetKind.LeadScoring).ExecuteDeleteAsync();
        foreach (var (name, when, points) in HandRules)
        {
            var created = (await api.DataAsync(RuleOps.Create, new { input = new { ruleSet = "LEAD_SCORING", name, when, then = new { addPoints = new { dimension = "FIT", points } } } }))["createScoringRule"]!;
            Assert.True(created["errors"]!.AsArray().Count == 0, $"{name}: {created["errors"]!.ToJsonString()}");
        }

        var before = await PublishRescoreAndBacktestAsync("hand rules");
        var hand = (double)before["draft"]!["test"]!["auc"]!;
        Assert.Equal(await PairCountTestAucAsync(), (double)before["published"]!["test"]!["auc"]!, 1e-9);
        Assert.Equal(hand, (double)before["published"]!["test"]!["auc"]!, 1e-12);

        var suggestion = (await api.DataAsync("""
            query($split: LeadSplitInput) { suggestPoints(kind: LEAD_SCORING, split: $split) {
              trainLeads trainConverted testLeads testConverted intercept beatsCurrent verdict
              rules { name currentPoints suggestedPoints coefficient trainHits trainConversion }
              current { auc liftAtTop10 conversionByGrade { grade leads converted } } suggested { auc liftAtTop10 conversionByGrade { grade leads converted } }
              errors { message part } } }
            """, new { split = Split }))["suggestPoints"]!;
        Assert.Empty(suggestion["errors"]!.AsArray());
        output.WriteLine($"suggestPoints: train {suggestion["trainLeads"]} ({suggestion["trainConverted"]} converted), test {suggestion["testLeads"]} ({suggestion["testConverted"]} converted), intercept {(double)suggestion["intercept"]!:0.000}");
        foreach (var rule in suggestion["rules"]!.AsArray())
            output.WriteLine($"  {rule!["name"],-32} {rule["currentPoints"],4} -> {rule["suggestedPoints"],4}  (coefficient {(double)rule["coefficient"]!,7:0.000}, {rule["trainHits"],5} train hits, {(double)rule["trainConversion"]!:P1} converted)");
        output.WriteLine($"  test AUC {(double)suggestion["current"]!["auc"]!:0.0000} -> {(double)suggestion["suggested"]!["auc"]!:0.0000}; lift at top 10 % {(double)suggestion["current"]!["liftAtTop10"]!:0.00} -> {(double)suggestion["suggested"]!["liftAtTop10"]!:0.00}");
        output.WriteLine($"  grades current   {Grades(suggestion["current"]!)}");
        output.WriteLine($"  grades suggested {Grades(suggestion["suggested"]!)}");
        output.WriteLine($"  {suggestion["verdict"]}");

        var applied = (await api.DataAsync("""
            mutation($input: ApplySuggestedPointsInput!) { applySuggestedPoints(input: $input) { applied rules { name } errors { ... on Error { message } } } }
            """, new { input = new { kind = "LEAD_SCORING", split = Split } }))["applySuggestedPoints"]!;
        Assert.True(applied["errors"] is null || applied["errors"]!.AsArray().Count == 0, applied.ToJsonString());
        Assert.True((bool)applied["applied"]!);

        var after = await PublishRescoreAndBacktestAsync("suggested points");
        var fitted = (double)after["draft"]!["test"]!["auc"]!;
        Assert.True(fitted > hand, $"test AUC {fitted} after applying, {hand} before");
        Assert.Equal((double)suggestion["suggested"]!["auc"]!, fitted, 12);
        Assert.Equal(await PairCountTestAucAsync(), (double)after["published"]!["test"]!["auc"]!, 1e-9);
    }

    private async Task<JsonNode> PublishRescoreAndBacktestAsync(string what)
    {
        var published = (await api.DataAsync(RuleOps.Publish, new { input = new { kind = "LEAD_SCORING", note = what } }))["publishRuleSet"]!;
        Assert.Empty(published["errors"]!.AsArray());
        // What rescoreLeads runs, called directly: 9,240 leads can outlast the request timeout on a busy machine.
        await api.Services.GetRequiredService<SalesGraph.Api.Leads.Scoring.LeadRescoring>().RescoreAsync(null, CancellationToken.None);
        var result = (await api.DataAsync(Backtest, new { split = Split }))["backtestRuleSet"]!;
        Assert.Empty(result["errors"]!.AsArray());
        var test = result["draft"]!["test"]!;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"backtest ({what}, version {result["published"]!["version"]}): {result["draft"]!["evaluated"]} leads, test {test["evaluated"]} ({test["positives"]} converted): AUC {(double)test["auc"]!:0.0000} [{(double)test["aucLower"]!:0.0000}, {(double)test["aucUpper"]!:0.0000}], Gini {(double)test["gini"]!:0.000}, KS {(double)test["ks"]!:0.000}, lift at top 10 % {(double)test["liftAtTop10"]!:0.00}, {test["distinctScores"]} distinct scores, PSI {(double)result["draft"]!["scorePsi"]!:0.0000}"));
        return result;
    }

    /// <summary>The stored scores of the held-out leads (the same hash decides the side), every (converted, other) pair counted.</summary>
    private async Task<double> PairCountTestAucAsync()
    {
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync();
        var leads = (await db.Leads.AsNoTracking().Where(l => l.Converted != null).Select(l => new { l.ExternalId, l.Score, Converted = l.Converted!.Value }).ToListAsync())
            .Where(l => LeadSplit.HashUnit(l.ExternalId) < 0.3).ToList();
        var positives = leads.Where(l => l.Converted).Select(l => l.Score).ToArray();
        var negatives = leads.Where(l => !l.Converted).Select(l => l.Score).ToArray();
        double wins = 0;
        foreach (var p in positives)
        {
            foreach (var n in negatives)
                wins += p > n ? 1 : p == n ? 0.5 : 0;
        }
        return wins / ((double)positives.Length * negatives.Length);
    }

    private async Task<(int? Code, string Output)> ImportAsync()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "SalesGraph.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("SalesGraph.sln not found above the test binaries");
        var csv = Path.Combine(root, "samples", "x-education", "Leads.csv");
        Assert.True(File.Exists(csv), $"the shipped X Education CSV is expected at {csv} (see samples/x-education/SOURCE.md)");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await ImportCommands.RunAsync(["import", "leads", csv, "--mapping", Path.Combine(root, "samples", "x-education-mapping.json")], api.Services, stdout, stderr);
        return (code, stdout + stderr.ToString());
    }

    private static string Grades(JsonNode figures) => string.Join("  ", figures["conversionByGrade"]!.AsArray()
        .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g!["grade"]}: {g["leads"]} ({(double)(int)g["converted"]! / (int)g["leads"]!:P0})")));
}
