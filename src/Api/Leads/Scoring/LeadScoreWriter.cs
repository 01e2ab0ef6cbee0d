using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Rules;
using SalesGraph.Data;

namespace SalesGraph.Api.Leads.Scoring;

/// <summary>Writes a scored batch of untracked leads with prepared statements inside the caller's transaction: the score columns
/// of each lead (checked against the RowVersion that was read), the moved round-robin cursors (checked against the team's
/// RowVersion), the reps' open-lead counts, a <see cref="Data.Rules.ScoreResult"/> per lead whose result changed, and the
/// batch's outbox events for subscribers.
/// A concurrent writer makes it throw <see cref="DbUpdateConcurrencyException"/>, as SaveChanges would: the caller rolls back and retries.</summary>
public static class LeadScoreWriter
{
    /// <summary>Rescoring: the score columns of each lead, then <see cref="WriteRoutingAndResultsAsync"/>.</summary>
    public static async Task WriteAsync(SalesDbContext db, ScoredLeads scored, CancellationToken ct)
    {
        await using (var update = new PreparedStatement(db, d => d.UpdateLeadScore))
        {
            foreach (var lead in scored.Outcomes.Select(o => o.Lead))
            {
                var rows = await update.ExecuteAsync(ct, lead.Score, lead.FitScore, lead.EngagementScore, lead.Grade?.ToString(), lead.Stage.ToString(),
                    lead.RouteTeamId, lead.AssignedRepId, lead.FollowUpDueAt, lead.NurtureTrack, lead.ScoredAt, lead.ScoreRuleVersion, lead.Id, lead.RowVersion);
                if (rows != 1)
                    throw new DbUpdateConcurrencyException($"Lead {lead.Id} changed since it was read.");
                lead.RowVersion++;
            }
        }

        await WriteRoutingAndResultsAsync(db, scored, ct);
    }

    /// <summary>The moved round-robin cursors, the reps' open-lead counts, the changed results and the events, for leads already written.</summary>
    /// <param name="newLeads">Ids of leads inserted in this transaction (no stored result to compare with).</param>
    public static async Task WriteRoutingAndResultsAsync(SalesDbContext db, ScoredLeads scored, CancellationToken ct, IReadOnlySet<int>? newLeads = null)
    {
        await using (var move = new PreparedStatement(db, d => d.MoveTeamCursor))
        {
            foreach (var team in scored.Assignment.MovedCursors)
            {
                if (await move.ExecuteAsync(ct, team.LastAssignedRepId, team.Id, team.RowVersion) != 1)
                    throw new DbUpdateConcurrencyException($"Team {team.Id}'s round robin moved since it was read.");
                team.RowVersion++;
            }
        }

        await using (var count = new PreparedStatement(db, d => d.CountOpenLeads))
        {
            foreach (var (rep, change) in scored.Assignment.OpenLeadChanges.Where(c => c.Value != 0))
                await count.ExecuteAsync(ct, change, rep);
        }

        await ScoreResultWriter.InsertChangedAsync(db, [.. scored.Outcomes.Select(o => o.Result)], ct, newLeads);
        if (scored.Outcomes.Count > 0)
            await Subscriptions.LeadEvents.InsertAsync(db, scored.Outcomes, newLeads, scored.Outcomes[0].Result.EvaluatedAt, ct);
    }
}
