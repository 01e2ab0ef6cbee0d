namespace SalesGraph.Api.Rules.Simulation;

/// <summary>Counts of outcomes under one version: score buckets of ten points, grades, stages, routes and decisions for leads and
/// tenders; pyramid tiers, relationship stages and strategy tags for accounts.</summary>
public sealed class Distribution
{
    public const int BucketWidth = 10;
    public const string None = "(none)";

    private readonly Dictionary<int, int> _scores = [];
    private readonly Dictionary<string, int> _grades = [];
    private readonly Dictionary<string, int> _stages = [];
    private readonly Dictionary<string, int> _routes = [];
    private readonly Dictionary<string, int> _decisions = [];
    private readonly Dictionary<string, int> _tiers = [];
    private readonly Dictionary<string, int> _relationshipStages = [];
    private readonly Dictionary<string, int> _strategies = [];

    public void Add(SubjectOutcome outcome)
    {
        if (outcome.Total is not { } total)
        {
            // An account: strategy rules tag it; several tags may apply, and "(none)" counts the untagged.
            Count(_tiers, outcome.PyramidTier);
            Count(_relationshipStages, outcome.RelationshipStage);
            foreach (var strategy in outcome.Strategies.DefaultIfEmpty(None))
                Count(_strategies, strategy);
            return;
        }
        var bucket = (int)Math.Floor(total / (double)BucketWidth) * BucketWidth;
        _scores[bucket] = _scores.GetValueOrDefault(bucket) + 1;
        Count(_grades, outcome.Grade);
        Count(_stages, outcome.Stage);
        Count(_routes, outcome.Route ?? None);
        Count(_decisions, outcome.Decision);
    }

    public IReadOnlyList<Bucket> Scores => [.. _scores.OrderBy(p => p.Key).Select(p => new Bucket($"{p.Key}..{p.Key + BucketWidth - 1}", p.Value))];

    public IReadOnlyList<Bucket> Grades => Sorted(_grades);

    public IReadOnlyList<Bucket> Stages => Sorted(_stages);

    public IReadOnlyList<Bucket> Routes => Sorted(_routes);

    public IReadOnlyList<Bucket> Decisions => Sorted(_decisions);

    public IReadOnlyList<Bucket> PyramidTiers => Sorted(_tiers);

    public IReadOnlyList<Bucket> RelationshipStages => Sorted(_relationshipStages);

    public IReadOnlyList<Bucket> Strategies => Sorted(_strategies);

    private static void Count(Dictionary<string, int> counts, string? key)
    {
        if (key is not null)
            counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    private static List<Bucket> Sorted(Dictionary<string, int> counts) => [.. counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new Bucket(p.Key, p.Value))];
}
