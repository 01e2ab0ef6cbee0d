using System.Diagnostics;
using System.Text.Json;
using SalesGraph.Api.Telemetry;
using SalesGraph.Api.Rules;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Leads;
using DataGrade = SalesGraph.Data.Leads.LeadGrade;
using DataStage = SalesGraph.Data.Leads.LeadStage;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>
/// Scores, grades, stages and routes leads that already have ids and writes the outcome onto them, with a <see cref="ScoreResult"/>
/// per lead. Never saves: the caller commits atomically, through EF (<see cref="EvaluateAsync"/>, tracked leads) or through
/// <see cref="LeadScoreWriter"/> (<see cref="ScoreAsync"/>, untracked leads).
/// </summary>
public sealed class LeadEvaluator(RuleEngine engine, TimeProvider time)
{
    /// <summary>Scores tracked leads and adds their results and events to the context: SaveChanges writes everything.</summary>
    public async Task<IReadOnlyList<LeadOutcome>> EvaluateAsync(SalesDbContext db, IReadOnlyList<Lead> leads, CancellationToken ct)
    {
        var scored = await ScoreAsync(db, leads, ct);
        db.ScoreResults.AddRange(scored.Outcomes.Select(o => o.Result));
        Subscriptions.LeadEvents.Add(db, scored.Outcomes, time.GetUtcNow().UtcDateTime);
        return scored.Outcomes;
    }

    /// <summary>Scores leads (tracked or not) without adding anything to the context.</summary>
    public async Task<ScoredLeads> ScoreAsync(SalesDbContext db, IReadOnlyList<Lead> leads, CancellationToken ct) =>
        await RouteAsync(db, await RunRulesAsync(db, leads, ct), ct);

    /// <summary>The read-only half of <see cref="ScoreAsync"/>: facts and both rule sets, one session per chunk. Nothing is assigned
    /// or changed yet, so it may run outside the transaction that writes the result (rescoring reads the next batch meanwhile).</summary>
    public async Task<RuledLeads> RunRulesAsync(SalesDbContext db, IReadOnlyList<Lead> leads, CancellationToken ct)
    {
        using var span = SalesTelemetry.Start("lead.scoring");
        span?.SetTag("salesgraph.leads.count", leads.Count);
        var now = time.GetUtcNow().UtcDateTime;
        var evaluations = new List<LeadEvaluation>(leads.Count);
        foreach (var chunk in leads.Chunk(Math.Max(1, engine.Options.BatchSize)))
        {
            var batch = await LeadBatchLoader.LoadAsync(db, chunk, now, engine.Options.EngagementHalfLifeDays, ct);
            var started = Stopwatch.GetTimestamp();
            evaluations.AddRange(engine.EvaluateLeads(batch, now).Results);
            SalesTelemetry.ScoringDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("rule_set", "Lead"));
        }

        if (SalesTelemetry.RulesFired.Enabled)
        {
            foreach (var set in evaluations.SelectMany(e => e.Hits).GroupBy(h => h.RuleSet))
                SalesTelemetry.RulesFired.Add(set.Count(), new KeyValuePair<string, object?>("rule_set", set.Key.ToString()));
        }

        if (evaluations.Count > 0)
        {
            span?.SetTag("salesgraph.rules.scoring_version", evaluations[0].ScoringVersion);
            span?.SetTag("salesgraph.rules.routing_version", evaluations[0].RoutingVersion);
        }

        return new RuledLeads(leads, evaluations, now);
    }

    /// <summary>The writing half of <see cref="ScoreAsync"/>: round robin on the teams as the transaction reads them, and the outcome onto each lead.</summary>
    public static async Task<ScoredLeads> RouteAsync(SalesDbContext db, RuledLeads ruled, CancellationToken ct)
    {
        using var span = SalesTelemetry.Start("lead.routing");
        var assignment = new RepAssignment();
        await assignment.LoadAsync(db, ruled.Evaluations.Select(e => e.Team).OfType<string>(), ruled.Leads, ct);
        var outcomes = ruled.Leads.Select((lead, i) => Apply(lead, ruled.Evaluations[i], assignment, ruled.Now)).ToList();
        foreach (var routed in outcomes.Where(o => o.Routed))
            SalesTelemetry.LeadsRouted.Add(1, new KeyValuePair<string, object?>("team", routed.Lead.RouteTeam?.Name));
        span?.SetTag("salesgraph.leads.routed", outcomes.Count(o => o.Routed));
        return new ScoredLeads(outcomes, assignment);
    }

    private static LeadOutcome Apply(Lead lead, LeadEvaluation evaluation, RepAssignment assignment, DateTime now)
    {
        var team = assignment.Team(evaluation.Team);
        var grade = (DataGrade)(int)evaluation.Grade;
        var stage = (DataStage)(int)evaluation.Stage;
        var changed = lead.Score != evaluation.Total || lead.FitScore != evaluation.Fit || lead.EngagementScore != evaluation.Engagement
            || lead.Grade != grade || lead.Stage != stage || lead.RouteTeamId != team?.Id || lead.NurtureTrack != evaluation.NurtureTrack;

        // A lead that stays with its team keeps its follow-up deadline; a new route starts a new one.
        var dueAt = team is not null && lead.RouteTeamId == team.Id && lead.FollowUpDueAt is not null ? lead.FollowUpDueAt : evaluation.FollowUpDueAt;
        var (previousTeam, previousRep) = (lead.RouteTeamId, lead.AssignedRepId);
        assignment.Assign(lead, team);
        var routed = team is not null && (previousTeam != team.Id || previousRep != lead.AssignedRepId);
        lead.Score = evaluation.Total;
        lead.FitScore = evaluation.Fit;
        lead.EngagementScore = evaluation.Engagement;
        lead.Grade = grade;
        lead.Stage = stage;
        lead.RouteTeamId = team?.Id;
        lead.RouteTeam = team;
        lead.FollowUpDueAt = team is null ? null : dueAt;
        lead.NurtureTrack = evaluation.NurtureTrack;
        lead.ScoredAt = now;
        lead.ScoreRuleVersion = evaluation.ScoringVersion;

        var result = new ScoreResult
        {
            Subject = ScoreSubject.Lead,
            SubjectId = lead.Id,
            RuleSet = RuleSetKind.LeadScoring,
            RuleSetVersion = evaluation.ScoringVersion,
            Total = evaluation.Total,
            Fit = evaluation.Fit,
            Engagement = evaluation.Engagement,
            Outcome = JsonSerializer.Serialize(new LeadScoreOutcome(grade.ToString(), stage.ToString(), evaluation.Team, team?.Id, lead.AssignedRepId,
                lead.FollowUpDueAt, evaluation.NurtureTrack, evaluation.RoutingVersion,
                evaluation.Hits.Count(h => h.RuleSet == SalesGraph.Scoring.Rules.RuleSetKind.LeadScoring)), LeadScoreOutcome.Json),
            EvaluatedAt = now,
            Hits = ScoreResultRows.Hits(evaluation.Hits),
        };
        return new LeadOutcome(lead, evaluation, result, changed, routed);
    }
}
