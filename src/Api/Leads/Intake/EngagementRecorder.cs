using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Data;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>
/// Records engagement events and re-scores their leads in one transaction. Events for unknown leads and invalid events are
/// reported with their index; the others are kept. A database failure writes nothing.
/// </summary>
public sealed class EngagementRecorder(
    IDbContextFactory<SalesDbContext> dbFactory, LeadEvaluator evaluator, TimeProvider time, IOptions<IntakeOptions> options, ILogger<EngagementRecorder> logger)
{
    private static readonly DateTime Earliest = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public async Task<EngagementIntakeResult> RecordAsync(IReadOnlyList<EngagementSubmission> events, Func<int, string> pathOf, CancellationToken cancellationToken)
    {
        if (events.Count > options.Value.MaxBatchSize)
        {
            return new EngagementIntakeResult([], new BatchTooLargeError(events.Count, options.Value.MaxBatchSize));
        }

        try
        {
            return await RunAsync(events, pathOf, cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            logger.LogError(e, "Recording {Count} engagement events failed in the database; rolled back", events.Count);
            return new EngagementIntakeResult([], new IntakeFailedError("The database refused the events; they were rolled back and nothing was written. Send them again."));
        }
    }

    private async Task<EngagementIntakeResult> RunAsync(IReadOnlyList<EngagementSubmission> events, Func<int, string> pathOf, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = events.Select((e, i) => Validate(e, i, pathOf(i), now)).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var ids = events.Select(e => e.LeadId).OfType<int>().Distinct().ToList();
        var leads = await db.Leads.Where(l => ids.Contains(l.Id)).ToListAsync(cancellationToken);
        foreach (var group in events.Where(e => e.LeadId is null && e.Source is not null && e.ExternalId is not null).GroupBy(e => e.Source!.Value))
        {
            var source = group.Key;
            var externalIds = group.Select(e => e.ExternalId!.Trim()).Distinct().ToList();
            leads.AddRange(await db.Leads.Where(l => l.Source == source && externalIds.Contains(l.ExternalId)).ToListAsync(cancellationToken));
        }

        var byId = leads.DistinctBy(l => l.Id).ToDictionary(l => l.Id);
        var byKey = byId.Values.ToDictionary(l => (l.Source, l.ExternalId));
        var recorded = new List<(int Index, Lead Lead, Engagement Engagement)>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (errors[i].Count > 0)
            {
                continue;
            }

            var lead = e.LeadId is { } id ? byId.GetValueOrDefault(id) : byKey.GetValueOrDefault((e.Source!.Value, e.ExternalId!.Trim()));
            if (lead is null)
            {
                errors[i] = [new UnknownLeadError(i, pathOf(i).TrimEnd('.'), $"{pathOf(i)}lead: no lead {(e.LeadId is { } n ? $"with id {n}" : $"from {e.Source} with externalId \"{e.ExternalId}\"")}; the event was not recorded.")];
                continue;
            }

            var engagement = new Engagement { LeadId = lead.Id, Kind = e.Kind, OccurredAt = e.OccurredAt.ToUniversalTime(), Detail = TextRules.Clean(e.Detail, 500).Value };
            db.Engagements.Add(engagement);
            if (lead.LastActivityAt is null || engagement.OccurredAt > lead.LastActivityAt)
            {
                lead.LastActivityAt = engagement.OccurredAt;
            }

            lead.UpdatedAt = now;
            recorded.Add((i, lead, engagement));
        }

        // Saved first: the evaluator reads the lead's engagement from the database.
        await db.SaveChangesAsync(cancellationToken);
        var touched = recorded.Select(r => r.Lead).Distinct().ToList();
        var evaluated = await evaluator.EvaluateAsync(db, touched, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var outcomes = await IntakeOutcomes.ForAsync(db, touched, evaluated, cancellationToken);
        var byIndex = recorded.ToDictionary(r => r.Index);
        return new EngagementIntakeResult(
            [.. events.Select((_, i) => byIndex.TryGetValue(i, out var r)
                ? new EngagementIntakeItem(i, r.Lead.Id, r.Engagement.Id, outcomes[r.Lead.Id], [])
                : new EngagementIntakeItem(i, null, null, null, errors[i]))],
            null);
    }

    private static List<IUserError> Validate(EngagementSubmission e, int index, string path, DateTime now)
    {
        var errors = new List<IUserError>();
        if (e.LeadId is null == (e.Source is null || string.IsNullOrWhiteSpace(e.ExternalId)))
        {
            errors.Add(new IntakeFieldError(index, path + "leadId", "LEAD_REFERENCE", $"{path}leadId: name the lead by leadId or by source and externalId, not both and not neither."));
        }

        var occurredAt = e.OccurredAt.ToUniversalTime();
        if (occurredAt < Earliest || occurredAt > now.AddDays(1))
        {
            errors.Add(new IntakeFieldError(index, path + "occurredAt", "OUT_OF_RANGE", $"{path}occurredAt must lie between 2000-01-01 and tomorrow."));
        }

        if (TextRules.Clean(e.Detail, 500) is { Code: { } code, Message: var message })
        {
            errors.Add(new IntakeFieldError(index, path + "detail", code, $"{path}detail {message}"));
        }

        return errors;
    }
}
