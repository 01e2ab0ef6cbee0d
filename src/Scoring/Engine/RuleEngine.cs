using SalesGraph.Scoring.Customers;
using SalesGraph.Scoring.Facts;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Rules;
using SalesGraph.Scoring.Tenders;

namespace SalesGraph.Scoring.Engine;

/// <summary>Holds the current compiled version of each rule set and runs batches on it. Thread-safe: a batch reads the
/// current version once and finishes on it while <see cref="Publish"/> swaps in a newer one atomically.</summary>
public sealed class RuleEngine
{
    private readonly CompiledRuleSet[] _current;

    /// <summary>Starts with an empty version 0 of every rule set (thresholds only, no rules).</summary>
    public RuleEngine(ScoringOptions options)
    {
        Options = options;
        _current = [.. Enum.GetValues<RuleSetKind>().Select(kind => RuleSetCompiler.Compile(kind, 0, []).RuleSet!)];
    }

    public ScoringOptions Options { get; }

    public CompiledRuleSet Current(RuleSetKind kind) => Volatile.Read(ref _current[(int)kind]);

    /// <summary>Makes <paramref name="ruleSet"/> current if its version is newer than the current one; false otherwise
    /// (so instances that poll the database can publish whatever they find). A roll-back is published as a new version.</summary>
    public bool Publish(CompiledRuleSet ruleSet)
    {
        ref var slot = ref _current[(int)ruleSet.Kind];
        while (true)
        {
            var current = Volatile.Read(ref slot);
            if (ruleSet.Version <= current.Version)
                return false;
            if (ReferenceEquals(Interlocked.CompareExchange(ref slot, ruleSet, current), current))
                return true;
        }
    }

    /// <summary>Scores, grades, stages and routes the leads, one session per <see cref="ScoringOptions.BatchSize"/> leads and stage.</summary>
    public BatchResult<LeadEvaluation> EvaluateLeads(LeadBatch batch, DateTime now) =>
        EvaluateLeads(batch, now, Current(RuleSetKind.LeadScoring), Current(RuleSetKind.LeadRouting));

    /// <summary>The same with the given compiled sets instead of the current ones (simulating a draft next to the published version).</summary>
    public BatchResult<LeadEvaluation> EvaluateLeads(LeadBatch batch, DateTime now, CompiledRuleSet scoring, CompiledRuleSet routing)
    {
        var results = new List<LeadEvaluation>(batch.Leads.Count);
        var failed = 0;
        var scores = new LeadScore[Math.Min(batch.Leads.Count, Math.Max(1, Options.BatchSize))];
        // Accounts and contacts are only narrowed down per session when a rule joins them.
        var joins = scoring.UsesFact(1) || scoring.UsesFact(2) || routing.UsesFact(1) || routing.UsesFact(2);
        var chunks = joins ? batch.Chunks(Options.BatchSize) : batch.Leads.Chunk(Math.Max(1, Options.BatchSize)).Select(leads => new LeadBatch(leads));
        foreach (var chunk in chunks)
        {
            var leads = chunk.Leads;
            var scoreMatches = scoring.Match(Facts(scoring, chunk));
            failed += scoreMatches.FailedConditions;
            for (var i = 0; i < leads.Count; i++)
                scores[i] = LeadScoreCalculator.Calculate(leads[i], scoreMatches.For(leads[i].Id), scoring.Version, Options);
            // Routing rules see the scored leads; without routing rules the copies are not needed (stage from thresholds).
            var scored = leads;
            RuleMatches? routeMatches = null;
            if (routing.Rules.Count > 0)
            {
                var copies = new LeadFact[leads.Count];
                for (var i = 0; i < leads.Count; i++)
                    copies[i] = leads[i] with { FitScore = scores[i].Fit, EngagementScore = scores[i].Engagement, Score = scores[i].Total, Grade = scores[i].Grade };
                scored = copies;
                routeMatches = routing.Match(Facts(routing, chunk with { Leads = copies }));
                failed += routeMatches.FailedConditions;
            }
            for (var i = 0; i < leads.Count; i++)
            {
                var score = scores[i];
                var route = routing.Rules.Count > 0
                    ? LeadRouteCalculator.Calculate(scored[i], routeMatches!.For(leads[i].Id), routing.Version, now, Options)
                    : null;
                results.Add(new LeadEvaluation(leads[i].Id, score.Fit, score.Engagement, score.Grade,
                    route?.Stage ?? LeadRouteCalculator.StageFor(score.Total, Options), route?.Team, route?.SlaHours, route?.FollowUpDueAt,
                    route?.NurtureTrack, scoring.Version, routing.Version, route is null ? score.Hits : Concat(score.Hits, route.Hits))
                {
                    CreateSuspectAccount = route?.CreateSuspectAccount ?? false,
                });
            }
        }
        return new BatchResult<LeadEvaluation>(results, failed);
    }

    /// <summary>Bid points, decision and bid team per tender; <see cref="TenderFact.CpvMatchDigits"/> is filled in from <see cref="ScoringOptions.ServedCpvPrefixes"/>.</summary>
    public BatchResult<TenderEvaluation> EvaluateTenders(IReadOnlyList<TenderFact> tenders, DateTime now) =>
        EvaluateTenders(tenders, now, Current(RuleSetKind.TenderEvaluation));

    /// <summary>The same with a given compiled set instead of the current one.</summary>
    public BatchResult<TenderEvaluation> EvaluateTenders(IReadOnlyList<TenderFact> tenders, DateTime now, CompiledRuleSet rules)
    {
        var cpv = new CpvMatcher(Options.ServedCpvPrefixes);
        var results = new List<TenderEvaluation>(tenders.Count);
        var failed = 0;
        foreach (var chunk in tenders.Chunk(Math.Max(1, Options.BatchSize)))
        {
            var enriched = chunk.Select(t => t with { CpvMatchDigits = cpv.MatchDigits(t.MainCpv, t.CpvCodes) }).ToList();
            var matches = rules.Match(enriched);
            failed += matches.FailedConditions;
            results.AddRange(enriched.Select(t => TenderDecisionCalculator.Calculate(t, matches.For(t.Id), rules.Version, now, Options)));
        }
        return new BatchResult<TenderEvaluation>(results, failed);
    }

    /// <summary>Strategy tags per account. Build the facts with <see cref="CustomerBase.Build"/> over the whole base first.</summary>
    public BatchResult<CustomerEvaluation> EvaluateCustomers(IReadOnlyList<CustomerFact> customers) =>
        EvaluateCustomers(customers, Current(RuleSetKind.CustomerStrategy));

    /// <summary>The same with a given compiled set instead of the current one.</summary>
    public BatchResult<CustomerEvaluation> EvaluateCustomers(IReadOnlyList<CustomerFact> customers, CompiledRuleSet rules)
    {
        var results = new List<CustomerEvaluation>(customers.Count);
        var failed = 0;
        foreach (var chunk in customers.Chunk(Math.Max(1, Options.BatchSize)))
        {
            var matches = rules.Match(chunk);
            failed += matches.FailedConditions;
            foreach (var customer in chunk)
            {
                var hits = matches.For(customer.Id)
                    .Where(m => m.Rule.Spec.Then is Tag)
                    .Select(m => new RuleHit(m.Rule.Spec.Id, m.Rule.Spec.Name, RuleSetKind.CustomerStrategy, rules.Version, null, 0, m.Matches, true, m.Rule.Spec.Then.Describe()))
                    .ToList();
                var tags = matches.For(customer.Id).Select(m => m.Rule.Spec.Then).OfType<Tag>().Select(t => t.Strategy).Distinct().Order().ToList();
                results.Add(new CustomerEvaluation(customer.Id, customer.PyramidTier, customer.RelationshipStage, customer.Nps, customer.LifetimeValue, tags, rules.Version, hits));
            }
        }
        return new BatchResult<CustomerEvaluation>(results, failed);
    }

    private static IReadOnlyList<RuleHit> Concat(IReadOnlyList<RuleHit> first, IReadOnlyList<RuleHit> second) =>
        second.Count == 0 ? first : first.Count == 0 ? second : [.. first, .. second];

    private static IEnumerable<object> Facts(CompiledRuleSet rules, LeadBatch batch)
    {
        IEnumerable<object> facts = batch.Leads;
        if (rules.UsesFact(1))
            facts = facts.Concat(batch.Accounts);
        if (rules.UsesFact(2))
            facts = facts.Concat(batch.Contacts);
        return facts;
    }
}
