using GraphQL;
using SalesGraph.Api.Telemetry;
using System.Linq.Expressions;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Accounts.Scoring;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Api.Tenders.Scoring;
using SalesGraph.Data;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;
using SalesGraph.Data.Tenders;
using SalesGraph.Scoring.Customers;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Leads;
using SalesGraph.Scoring.Tenders;
using ScoringKind = SalesGraph.Scoring.Rules.RuleSetKind;

namespace SalesGraph.Api.Rules.Simulation;

/// <summary>Runs the draft of a rule set over the stored leads, tenders or accounts next to the running version; changes nothing.
/// Works through the rows 1,000 at a time (one session per batch and version), keeping counts and one page of changes.</summary>
public sealed class RuleSetSimulator(IDbContextFactory<SalesDbContext> dbFactory, RuleEngine engine, TimeProvider time)
{
    /// <summary>A routing set without rules: the engine then scores only (stage from the thresholds).</summary>
    private static readonly CompiledRuleSet NoRouting = RuleSetCompiler.Compile(ScoringKind.LeadRouting, 0, []).RuleSet!;

    public async Task<SimulationResult> SimulateLeadsAsync(RuleSetKind kind, Expression<Func<Lead, bool>>? where, int first, CancellationToken ct)
    {
        using var span = SalesTelemetry.Start("rules.simulation");
        span?.SetTag("salesgraph.rule_set", kind.ToString());
        var scoring = engine.Current(ScoringKind.LeadScoring);
        var routing = engine.Current(ScoringKind.LeadRouting);
        var published = kind == RuleSetKind.LeadScoring ? scoring : routing;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (draft, errors) = await DraftCompiler.CompileAsync(db, kind, ct);
        if (draft is null)
            return SimulationResult.Refused(kind, published.Version, errors);

        var run = new Run(kind, published.Version, first);
        var now = time.GetUtcNow().UtcDateTime;
        // The next batch loads (its own context) while this one is evaluated; published and draft run side by side (sessions are per call).
        var batches = Channel.CreateBounded<LeadBatch>(2);
        var loading = Task.Run(async () =>
        {
            try
            {
                await using var loader = await dbFactory.CreateDbContextAsync(ct);
                var leads = where is null ? loader.Leads.AsNoTracking() : loader.Leads.AsNoTracking().Where(where);
                await foreach (var batch in BatchesAsync(leads, ct))
                    await batches.Writer.WriteAsync(await LeadBatchLoader.LoadAsync(loader, batch, now, engine.Options.EngagementHalfLifeDays, ct), ct);
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }, ct);
        await foreach (var facts in batches.Reader.ReadAllAsync(ct))
        {
            var beforeTask = Task.Run(() => engine.EvaluateLeads(facts, now, scoring, routing).Results, ct);
            var after = kind == RuleSetKind.LeadScoring
                ? engine.EvaluateLeads(facts, now, draft, NoRouting).Results
                : engine.EvaluateLeads(facts, now, scoring, draft).Results;
            var before = await beforeTask;
            if (kind == RuleSetKind.LeadScoring)
                after = Routed(facts, now, draft, routing, before, after);
            for (var i = 0; i < before.Count; i++)
                run.Add(before[i].LeadId, Outcome(before[i]), Outcome(after[i]));
        }
        await loading;
        return run.Result();
    }

    /// <summary>The draft with one unsaved rule (added, or replacing the draft rule <see cref="TrialRule.Id"/>) on one stored lead,
    /// next to the draft without it and the running version. Compiles the two drafts (as simulate does); saves nothing.
    /// The rule itself must be valid already (the caller validates it with the custom-field catalogue); errors here name
    /// <c>rule.id</c>, <c>leadId</c> or a stored draft rule that does not compile.</summary>
    public async Task<RuleTrial> TrialOnLeadAsync(RuleSetKind kind, int leadId, TrialRule rule, CancellationToken ct)
    {
        using var span = SalesTelemetry.Start("rules.trial");
        span?.SetTag("salesgraph.rule_set", kind.ToString());
        var scoring = engine.Current(ScoringKind.LeadScoring);
        var routing = engine.Current(ScoringKind.LeadRouting);
        var running = kind == RuleSetKind.LeadScoring ? scoring : routing;
        RuleTrial Refused(params RuleValidationError[] errors) => RuleTrial.Refused(kind, leadId, running.Version, errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.ScoringRules.AsNoTracking().Where(r => r.RuleSet == kind).ToListAsync(ct);
        var saved = rule.Id is { } id ? rows.FirstOrDefault(r => r.Id == id) : null;
        if (rule.Id is { } missing && saved is null)
            return Refused(new RuleValidationError($"there is no draft rule {missing} in {kind.ToString().ToConstantCase()}", null, "rule.id"));
        var read = rows.Where(r => r.Id != rule.Id).Select(RuleRows.ToSpec).ToList();
        if (read.Where(r => r.Error is not null).Select(r => RuleValidationError.From(r.Error!)).ToArray() is { Length: > 0 } unreadable)
            return Refused(unreadable);
        var others = read.Select(r => r.Spec!).ToList();
        var spec = new Scoring.Rules.RuleSpec(rule.Id ?? 0, rule.Name?.Trim() ?? saved?.Name ?? "unsaved rule", kind.ToScoring(), rule.When, rule.Then,
            rule.Priority ?? saved?.Priority ?? 0, rule.Enabled ?? saved?.Enabled ?? true);
        var without = RuleSetCompiler.Compile(kind.ToScoring(), 0, others);
        var with = without.RuleSet is null ? without : RuleSetCompiler.Compile(kind.ToScoring(), 0, [.. others, spec]);
        if (with.RuleSet is null)
            return Refused([.. with.Errors.Select(RuleValidationError.From)]);

        List<Lead>? lead = null;
        await foreach (var batch in BatchesAsync(db.Leads.AsNoTracking().Where(l => l.Id == leadId), ct))
        {
            lead = batch;
            break;
        }
        if (lead is null)
            return Refused(new RuleValidationError($"there is no lead {leadId}", null, "leadId"));
        var now = time.GetUtcNow().UtcDateTime;
        var facts = await LeadBatchLoader.LoadAsync(db, lead, now, engine.Options.EngagementHalfLifeDays, ct);
        LeadEvaluation Evaluate(CompiledRuleSet draft) => (kind == RuleSetKind.LeadScoring
            ? engine.EvaluateLeads(facts, now, draft, routing)
            : engine.EvaluateLeads(facts, now, scoring, draft)).Results[0];
        var after = Evaluate(with.RuleSet);
        var hit = after.Hits.FirstOrDefault(h => h.RuleSet == kind.ToScoring() && h.RuleId == spec.Id);
        return new RuleTrial(kind, leadId, running.Version, Outcome(engine.EvaluateLeads(facts, now, scoring, routing).Results[0]),
            Outcome(Evaluate(without.RuleSet!)), Outcome(after), hit, []);
    }

    /// <summary>Routing sees only the score, fit, engagement and grade of a scored lead, so where the draft scores a lead as the
    /// published version does, its route is the published one; only the leads whose score changed are routed again.</summary>
    private IReadOnlyList<LeadEvaluation> Routed(LeadBatch facts, DateTime now, CompiledRuleSet draft, CompiledRuleSet routing, IReadOnlyList<LeadEvaluation> before, IReadOnlyList<LeadEvaluation> scored)
    {
        var changed = Enumerable.Range(0, before.Count)
            .Where(i => before[i].Fit != scored[i].Fit || before[i].Engagement != scored[i].Engagement || before[i].Grade != scored[i].Grade)
            .ToList();
        var rerouted = changed.Count == 0 ? [] : engine.EvaluateLeads(facts with { Leads = [.. changed.Select(i => facts.Leads[i])] }, now, draft, routing).Results;
        var after = before.ToArray();
        for (var j = 0; j < changed.Count; j++)
            after[changed[j]] = rerouted[j];
        return after;
    }

    public async Task<SimulationResult> SimulateTendersAsync(Expression<Func<Tender, bool>>? where, int first, CancellationToken ct)
    {
        using var span = SalesTelemetry.Start("rules.simulation");
        span?.SetTag("salesgraph.rule_set", nameof(RuleSetKind.TenderEvaluation));
        var published = engine.Current(ScoringKind.TenderEvaluation);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (draft, errors) = await DraftCompiler.CompileAsync(db, RuleSetKind.TenderEvaluation, ct);
        if (draft is null)
            return SimulationResult.Refused(RuleSetKind.TenderEvaluation, published.Version, errors);

        var run = new Run(RuleSetKind.TenderEvaluation, published.Version, first);
        var now = time.GetUtcNow().UtcDateTime;
        var tenders = where is null ? db.Tenders.AsNoTracking() : db.Tenders.AsNoTracking().Where(where);
        var lastId = 0;
        while (true)
        {
            var batch = await tenders.Where(t => t.Id > lastId).OrderBy(t => t.Id).Take(engine.Options.BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
                break;
            lastId = batch[^1].Id;
            var facts = batch.Select(t => TenderReevaluation.Fact(t, now)).ToList();
            var before = engine.EvaluateTenders(facts, now, published).Results;
            var after = engine.EvaluateTenders(facts, now, draft).Results;
            for (var i = 0; i < before.Count; i++)
                run.Add(before[i].TenderId, Outcome(before[i]), Outcome(after[i]));
        }
        return run.Result();
    }

    /// <summary>Strategy tags of the stored accounts under the draft next to the running version. Tier and stage come from the
    /// whole base (as in retagging), so the facts are built over every account and only the filtered ones are compared.</summary>
    public async Task<SimulationResult> SimulateCustomersAsync(Expression<Func<Account, bool>>? where, int first, CancellationToken ct)
    {
        using var span = SalesTelemetry.Start("rules.simulation");
        span?.SetTag("salesgraph.rule_set", nameof(RuleSetKind.CustomerStrategy));
        var published = engine.Current(ScoringKind.CustomerStrategy);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (draft, errors) = await DraftCompiler.CompileAsync(db, RuleSetKind.CustomerStrategy, ct);
        if (draft is null)
            return SimulationResult.Refused(RuleSetKind.CustomerStrategy, published.Version, errors);

        var run = new Run(RuleSetKind.CustomerStrategy, published.Version, first);
        var accounts = db.Accounts.AsNoTracking();
        var ids = (await (where is null ? accounts : accounts.Where(where)).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        if (ids.Count == 0)
            return run.Result();
        var facts = (await CustomerBaseLoader.LoadAsync(db, time.GetUtcNow().UtcDateTime, engine.Options, ct))
            .Where(f => ids.Contains(f.Id)).OrderBy(f => f.Id).ToList();
        var before = engine.EvaluateCustomers(facts, published).Results;
        var after = engine.EvaluateCustomers(facts, draft).Results;
        for (var i = 0; i < before.Count; i++)
            run.Add(before[i].AccountId, Outcome(before[i]), Outcome(after[i]));
        return run.Result();
    }

    /// <summary>Leads in id order, one batch of <see cref="SalesGraph.Scoring.ScoringOptions.BatchSize"/> at a time (keyset paging: memory stays bounded),
    /// read with <see cref="RuleColumns"/>.</summary>
    public async IAsyncEnumerable<List<Lead>> BatchesAsync(IQueryable<Lead> leads, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var lastId = 0;
        while (true)
        {
            var batch = await leads.Where(l => l.Id > lastId).OrderBy(l => l.Id).Take(Math.Max(1, engine.Options.BatchSize))
                .Select(RuleColumns)
                .ToListAsync(ct);
            if (batch.Count == 0)
                yield break;
            lastId = batch[^1].Id;
            yield return batch;
        }
    }

    /// <summary>The columns of a stored lead the rules see (those <see cref="LeadFacts.From"/> reads), the known outcome, and the external
    /// id and creation time a backtest split reads.</summary>
    public static readonly Expression<Func<Lead, Lead>> RuleColumns = l => new Lead
    {
        Id = l.Id,
        ExternalId = l.ExternalId,
        AccountId = l.AccountId,
        ContactId = l.ContactId,
        Source = l.Source,
        Email = l.Email,
        EmailDomain = l.EmailDomain,
        IsFreeMailDomain = l.IsFreeMailDomain,
        Domain = l.Domain,
        Company = l.Company,
        JobTitle = l.JobTitle,
        Country = l.Country,
        Industry = l.Industry,
        Employees = l.Employees,
        AnnualRevenue = l.AnnualRevenue,
        Phone = l.Phone,
        ConsentEmail = l.ConsentEmail,
        Campaign = l.Campaign,
        UtmSource = l.UtmSource,
        UtmMedium = l.UtmMedium,
        CustomFields = l.CustomFields,
        Converted = l.Converted,
        CreatedAt = l.CreatedAt,
    };

    public static SubjectOutcome Outcome(LeadEvaluation e) =>
        new(e.Total, e.Grade.ToString(), e.Stage.ToString(), e.Team ?? (e.NurtureTrack is { } track ? $"nurture: {track}" : null), null, e.Hits);

    private static SubjectOutcome Outcome(TenderEvaluation e) => new(e.BidPoints, null, null, e.Team, e.Decision.ToString(), e.Hits);

    private static SubjectOutcome Outcome(CustomerEvaluation e) => new(null, null, null, null, null, e.Hits)
    {
        PyramidTier = e.PyramidTier.ToString(),
        RelationshipStage = e.RelationshipStage.ToString(),
        Strategies = [.. e.Strategies.Select(s => s.ToString())],
    };

    private sealed class Run(RuleSetKind kind, int publishedVersion, int first)
    {
        private readonly Distribution _before = new();
        private readonly Distribution _after = new();
        private readonly List<SubjectChange> _changes = [];
        private int _evaluated;
        private int _changed;

        public void Add(int id, SubjectOutcome before, SubjectOutcome after)
        {
            _evaluated++;
            _before.Add(before);
            _after.Add(after);
            if (before.SameAs(after))
                return;
            _changed++;
            if (_changes.Count < first)
                _changes.Add(new SubjectChange(id, before, after));
        }

        public SimulationResult Result() => new(kind, publishedVersion, _evaluated, _changed, _before, _after, _changes, []);
    }
}
