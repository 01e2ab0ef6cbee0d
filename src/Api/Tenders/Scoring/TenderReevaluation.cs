using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Rules;
using SalesGraph.Api.Subscriptions;
using SalesGraph.Api.Subscriptions.Outbox;
using SalesGraph.Data;
using SalesGraph.Data.Rules;
using SalesGraph.Data.Tenders;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Facts;
using DataBidDecision = SalesGraph.Data.Tenders.BidDecision;
using ScoringProcedure = SalesGraph.Scoring.Rules.ProcurementMethod;
using ScoringRuleSetKind = SalesGraph.Scoring.Rules.RuleSetKind;

namespace SalesGraph.Api.Tenders.Scoring;

/// <summary>Runs the current tender rules over stored tenders: bid points, decision and bid team, with a <see cref="ScoreResult"/> each
/// and a <c>TenderDecided</c> event for each tender whose decision, points or team changed.</summary>
public sealed class TenderReevaluation(IDbContextFactory<SalesDbContext> dbFactory, RuleEngine engine, TimeProvider time)
{
    public async Task<EvaluationRun> ReevaluateAsync(Expression<Func<Tender, bool>>? where, CancellationToken ct)
    {
        var version = engine.Current(ScoringRuleSetKind.TenderEvaluation).Version;
        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var tenders = db.Tenders.AsNoTracking();
            ids = await (where is null ? tenders : tenders.Where(where)).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
        }

        return await BatchCommitter.RunAsync(dbFactory, ids, engine.Options.BatchSize, version, (db, batch) => EvaluateAsync(db, batch, ct), ct);
    }

    private async Task<BatchTally> EvaluateAsync(SalesDbContext db, int[] ids, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var tenders = await db.Tenders.Where(t => ids.Contains(t.Id)).OrderBy(t => t.Id).ToListAsync(ct);
        var evaluations = engine.EvaluateTenders([.. tenders.Select(t => Fact(t, now))], now).Results;
        var names = evaluations.Select(e => e.Team).OfType<string>().Distinct().ToList();
        var teams = names.Count == 0 ? [] : await db.Teams.Where(t => names.Contains(t.Name)).ToDictionaryAsync(t => t.Name, ct);
        var changed = 0;
        var results = new List<ScoreResult>();
        var events = new List<TenderDecidedEvent>();
        for (var i = 0; i < tenders.Count; i++)
        {
            var tender = tenders[i];
            var evaluation = evaluations[i];
            var decision = (DataBidDecision)(int)evaluation.Decision;
            var team = evaluation.Team is { } name ? teams.GetValueOrDefault(name) : null;
            var decided = tender.BidScore != evaluation.BidPoints || tender.BidDecision != decision || tender.BidTeamId != team?.Id;
            tender.BidScore = evaluation.BidPoints;
            tender.BidDecision = decision;
            tender.BidTeamId = team?.Id;
            tender.EvaluatedAt = now;
            tender.EvaluationRuleVersion = evaluation.Version;
            if (decided)
            {
                changed++;
                events.Add(new TenderDecidedEvent(tender.Id, tender.Ocid, tender.Title, tender.BuyerName, decision, evaluation.BidPoints, team?.Id, team?.Name,
                    tender.DeadlineAt, evaluation.Version, now));
            }
            results.Add(new ScoreResult
            {
                Subject = ScoreSubject.Tender,
                SubjectId = tender.Id,
                RuleSet = RuleSetKind.TenderEvaluation,
                RuleSetVersion = evaluation.Version,
                Total = evaluation.BidPoints,
                Outcome = JsonSerializer.Serialize(new { decision = decision.ToString(), team = evaluation.Team, teamId = team?.Id, dueAt = evaluation.DueAt }),
                EvaluatedAt = now,
                Hits = ScoreResultRows.Hits(evaluation.Hits),
            });
        }
        // The tenders through EF (a few thousand rows), the results with one prepared statement, unchanged ones skipped.
        await ScoreResultWriter.InsertChangedAsync(db, results, ct);
        EventOutbox.Add(db, EventTopics.TenderDecided, events, now);
        return new BatchTally(tenders.Count, changed);
    }

    public static TenderFact Fact(Tender tender, DateTime now) => new()
    {
        Id = tender.Id,
        Title = tender.Title,
        Buyer = tender.BuyerName,
        Region = tender.BuyerRegion,
        Country = tender.Country,
        Category = tender.Category,
        MainCpv = tender.MainCpv,
        CpvCodes = tender.CpvCodes,
        Value = tender.ValueAmount,
        Currency = tender.Currency,
        DaysToDeadline = tender.DeadlineAt is { } deadline ? (int)Math.Floor((deadline - now).TotalDays) : null,
        // The Data and Scoring enums list the same names in the same order.
        Procedure = (ScoringProcedure)(int)tender.ProcurementMethod,
        PriceWeight = tender.PriceWeight,
        QualityWeight = tender.QualityWeight,
        SuitableForSme = tender.SuitableForSme,
    };
}
