using BenchmarkDotNet.Attributes;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Data.Leads;
using SalesGraph.Scoring;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;

namespace SalesGraph.Benchmarks.Scoring;

/// <summary>What custom fields cost, per lead, in one run: scoring the 23 single-fact default rules plus five rules on Lead properties
/// (baseline) against the same plus five equivalent rules on custom fields (<c>Lead.Number("TotalVisits") >= 5</c>, ...); and building the
/// facts of stored leads (<see cref="LeadFacts.From"/>) without and with eleven custom fields, which is where their JSON is parsed, once per lead.</summary>
[MemoryDiagnoser]
public class CustomFieldScoringBenchmarks
{
    private const int Leads = 10_000;

    private static readonly string[] PropertyRules =
        ["Lead.Visits >= 5", "Lead.Country == \"IN\"", "!Lead.ConsentEmail", "Lead.Industry == \"Software\"", "Lead.MinutesOnSite >= 10"];

    private static readonly string[] CustomFieldRules =
    [
        "Lead.Number(\"TotalVisits\") >= 5", "Lead.Field(\"City\") == \"Mumbai\"", "Lead.Flag(\"Do Not Email\")",
        "Lead.Field(\"Specialization\") == \"Finance Management\"", "Lead.Number(\"secondsOnSite\") >= 600",
    ];

    private static readonly string?[] Cities = ["Mumbai", "Thane & Outskirts", "Other Cities", null];
    private static readonly string[] Origins = ["Landing Page Submission", "API", "Lead Add Form", "Lead Import"];

    private LeadBatch _batch = null!;
    private RuleEngine _properties = null!;
    private RuleEngine _customFields = null!;
    private List<Lead> _plainLeads = null!;
    private List<Lead> _leadsWithCustomFields = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        var generated = BenchmarkLeads.Generate(Leads);
        var json = generated.Leads.Select(_ => Json(random)).ToList();
        _batch = generated with { Leads = [.. generated.Leads.Select((l, i) => l with { CustomFields = CustomFieldValues.Parse(json[i]) })] };
        _properties = Engine(PropertyRules);
        _customFields = Engine(CustomFieldRules);
        _plainLeads = [.. Enumerable.Range(1, Leads).Select(i => new Lead { Id = i, ExternalId = $"b-{i}", Email = $"l{i}@example.com", JobTitle = "IT Manager", Country = "IN" })];
        _leadsWithCustomFields = [.. _plainLeads.Select((l, i) => new Lead { Id = l.Id, ExternalId = l.ExternalId, Email = l.Email, JobTitle = l.JobTitle, Country = l.Country, CustomFields = json[i] })];
    }

    private static RuleEngine Engine(IEnumerable<string> extra)
    {
        var rules = BenchmarkLeads.SingleFactRules.Concat(extra.Select((when, i) =>
            new RuleSpec(900 + i, $"extra {i}", RuleSetKind.LeadScoring, when, new AddPoints(ScoreDimension.Engagement, 3))));
        var engine = new RuleEngine(new ScoringOptions());
        engine.Publish(RuleSetCompiler.Compile(RuleSetKind.LeadScoring, 1, rules).RuleSet!);
        return engine;
    }

    private static string Json(Random random) => System.Text.Json.JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
    {
        ["City"] = Cities[random.Next(Cities.Length)],
        ["Do Not Email"] = random.Next(10) == 0,
        ["How did you hear about X Education"] = random.Next(2) == 0 ? null : "Online Search",
        ["Lead Number"] = 600_000 + random.Next(60_000),
        ["Lead Origin"] = Origins[random.Next(Origins.Length)],
        ["Lead Profile"] = random.Next(2) == 0 ? null : "Potential Lead",
        ["Lead Source"] = random.Next(2) == 0 ? "Google" : "Olark Chat",
        ["Page Views Per Visit"] = Math.Round(random.NextDouble() * 6, 2),
        ["Specialization"] = random.Next(4) == 0 ? null : "Finance Management",
        ["TotalVisits"] = random.Next(20),
        ["secondsOnSite"] = random.Next(2300),
    });

    [Benchmark(Baseline = true, OperationsPerInvoke = Leads)]
    public int Score_PlusFivePropertyRules() => _properties.EvaluateLeads(_batch, DateTime.UtcNow).Results.Sum(r => r.Total);

    [Benchmark(OperationsPerInvoke = Leads)]
    public int Score_PlusFiveCustomFieldRules() => _customFields.EvaluateLeads(_batch, DateTime.UtcNow).Results.Sum(r => r.Total);

    [Benchmark(OperationsPerInvoke = Leads)]
    public int Facts_WithoutCustomFields() => _plainLeads.Sum(l => LeadFacts.From(l).MinutesOnSite + 1);

    [Benchmark(OperationsPerInvoke = Leads)]
    public int Facts_WithElevenCustomFields() => _leadsWithCustomFields.Sum(l => LeadFacts.From(l).MinutesOnSite + 1);
}
