using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Data;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Sql;
using SalesGraph.Api.Leads.CustomFields;
using SalesGraph.Api.Leads.Scoring;
using SalesGraph.Api.Telemetry;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>
/// The intake pipeline of <c>submitLead(s)</c> and the CSV import: validate and normalise each lead, then in one
/// transaction de-duplicate by (source, externalId), match, insert or update, score and route, and commit.
/// Invalid leads are reported and the valid ones kept; a database failure writes nothing.
/// </summary>
public sealed class LeadIntake(
    IDbContextFactory<SalesDbContext> dbFactory,
    LeadValidator validator,
    LeadEvaluator evaluator,
    TimeProvider time,
    IOptions<IntakeOptions> options,
    ILogger<LeadIntake> logger)
{
    /// <param name="pathOf">The error-path prefix of the lead at an index, e.g. <c>i => $"leads[{i}]."</c>.</param>
    public async Task<LeadIntakeResult> SubmitAsync(IReadOnlyList<LeadSubmission> submissions, Func<int, string> pathOf, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (submissions.Count > limits.MaxBatchSize)
        {
            return new LeadIntakeResult([], new BatchTooLargeError(submissions.Count, limits.MaxBatchSize));
        }

        using var span = SalesTelemetry.Start("lead.intake");
        span?.SetTag("salesgraph.leads.count", submissions.Count);
        Dictionary<string, CustomFieldType> customFieldTypes;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            customFieldTypes = submissions.Any(s => s.CustomFields is { Count: > 0 }) ? await CustomFieldCatalogue.TypesAsync(db, cancellationToken) : [];
        }
        catch (Exception e) when (e is DbException or InvalidOperationException { InnerException: DbException })
        {
            logger.LogError(e, "Lead intake could not read the custom-field catalogue");
            return new LeadIntakeResult([], new IntakeFailedError("The database could not be read; nothing was written. Send the batch again."));
        }

        var known = new HashSet<string>(customFieldTypes.Keys, StringComparer.Ordinal);
        var validated = submissions.Select((s, i) => validator.Validate(s, i, pathOf(i), customFieldTypes)).ToList();
        var newFields = validated.Select(v => v.Lead?.CustomFieldTypes).OfType<IReadOnlyDictionary<string, CustomFieldType>>()
            .SelectMany(t => t).Where(t => !known.Contains(t.Key)).DistinctBy(t => t.Key).ToList();
        for (var i = 0; i < validated.Count; i++)
        {
            var source = new KeyValuePair<string, object?>("source", submissions[i].Source.ToString());
            SalesTelemetry.LeadsReceived.Add(1, source);
            if (validated[i].Lead is null)
                SalesTelemetry.LeadsRefused.Add(1, source);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await RunAsync(validated, newFields, cancellationToken);
                foreach (var item in result.Items.Where(r => r.Replayed))
                    SalesTelemetry.LeadsReplayed.Add(1, new KeyValuePair<string, object?>("source", submissions[item.Index].Source.ToString()));
                span?.SetTag("salesgraph.leads.refused", result.Items.Count(r => r.Errors.Count > 0));
                return result;
            }
            catch (Exception e) when (e is DbUpdateException or DbException && SqlDialect.IsUniqueViolationOfAnyProvider(e) && attempt < limits.MaxAttempts)
            {
                // Another request inserted one of these leads between our read and our write: run again, it is now a replay.
                logger.LogInformation("Lead intake lost a race on (source, externalId), attempt {Attempt}; retrying", attempt);
            }
            catch (Exception e) when (e is DbUpdateException or DbException or InvalidOperationException { InnerException: DbException })
            {
                logger.LogError(e, "Lead intake of {Count} leads failed in the database; rolled back", submissions.Count);
                return new LeadIntakeResult([], new IntakeFailedError("The database refused the batch; it was rolled back and nothing was written. Send it again."));
            }
        }
    }

    private async Task<LeadIntakeResult> RunAsync(
        List<(NormalizedLead? Lead, IReadOnlyList<IntakeFieldError> Errors)> validated, List<KeyValuePair<string, CustomFieldType>> newFields, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var valid = validated.Select(v => v.Lead).OfType<NormalizedLead>().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Nothing tracked: leads and results are written with prepared statements (LeadRows, LeadScoreWriter).
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        // SQLite: BEGIN IMMEDIATE takes the write lock now (waiting on busy_timeout), so concurrent batches queue up here.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // In the batch's transaction: a lead is never stored with a key the catalogue does not list.
        await CustomFieldCatalogue.RegisterAsync(
            db, newFields.Select(f => new CustomFieldDefinition { Name = f.Key, Type = f.Value, Origin = CustomFieldOrigin.Intake, CreatedAt = now }), cancellationToken);
        var known = await LoadAsync(db, valid, cancellationToken);
        var matches = await LeadMatcher.MatchAsync(db, valid, cancellationToken);
        var seen = new HashSet<Lead>(ReferenceEqualityComparer.Instance);
        var inserted = new HashSet<Lead>(ReferenceEqualityComparer.Instance);
        var toEvaluate = new List<Lead>();
        var steps = new List<(int Index, Lead Lead, bool Replayed, bool Updated, LeadMatch Match)>();
        for (var index = 0; index < validated.Count; index++)
        {
            if (validated[index].Lead is not { } normalized)
            {
                continue;
            }

            var match = matches[normalized];
            if (known.TryGetValue(normalized.Key, out var lead))
            {
                var updated = normalized.ApplyTo(lead, match);
                if (updated)
                {
                    lead.UpdatedAt = now;
                }

                if (updated && seen.Add(lead))
                {
                    toEvaluate.Add(lead);
                }

                steps.Add((index, lead, true, updated, match));
                continue;
            }

            // Scored before it is inserted (with its score, in one statement): until then a placeholder id keeps facts apart.
            lead = new Lead { Id = -1 - inserted.Count, Source = normalized.Source, ExternalId = normalized.ExternalId, CreatedAt = now, UpdatedAt = now };
            normalized.ApplyTo(lead, match);
            known[normalized.Key] = lead;
            seen.Add(lead);
            inserted.Add(lead);
            toEvaluate.Add(lead);
            steps.Add((index, lead, false, false, match));
        }

        var scored = await evaluator.ScoreAsync(db, toEvaluate, cancellationToken);
        using var write = SalesTelemetry.Start("db.batch");
        write?.SetTag("salesgraph.leads.count", toEvaluate.Count);
        // Inserts the accounts routing rules ask for and links their leads, before the leads are written.
        await SuspectAccounts.CreateAsync(db, scored.Outcomes.Select(o => (o.Lead, o.Evaluation)), now, cancellationToken);
        await using (var rows = new LeadRows(db))
        {
            foreach (var lead in toEvaluate)
            {
                await (inserted.Contains(lead) ? rows.InsertAsync(lead, cancellationToken) : rows.UpdateAsync(lead, cancellationToken));
            }
        }

        foreach (var outcome in scored.Outcomes)
        {
            outcome.Result.SubjectId = outcome.Lead.Id;
        }

        await LeadScoreWriter.WriteRoutingAndResultsAsync(db, scored, cancellationToken, inserted.Select(l => l.Id).ToHashSet());
        await transaction.CommitAsync(cancellationToken);
        write?.Dispose();
        var evaluated = scored.Outcomes;

        var outcomes = await IntakeOutcomes.ForAsync(db, steps.Select(s => s.Lead).Distinct().ToList(), evaluated, cancellationToken);
        var byIndex = steps.ToDictionary(s => s.Index);
        var items = validated.Select((v, i) => byIndex.TryGetValue(i, out var step)
            ? new LeadIntakeItem(i, step.Lead.Id, step.Replayed, step.Updated, LeadMatch.Of(step.Lead), outcomes[step.Lead.Id], [])
            : new LeadIntakeItem(i, null, false, false, null, null, v.Errors)).ToList();
        return new LeadIntakeResult(items, null);
    }

    private static async Task<Dictionary<(LeadSource, string), Lead>> LoadAsync(SalesDbContext db, List<NormalizedLead> leads, CancellationToken cancellationToken)
    {
        var known = new Dictionary<(LeadSource, string), Lead>();
        foreach (var group in leads.GroupBy(l => l.Source))
        {
            var source = group.Key;
            var ids = group.Select(l => l.ExternalId).Distinct().ToList();
            foreach (var lead in await db.Leads.Where(l => l.Source == source && EF.Parameter(ids).Contains(l.ExternalId)).ToListAsync(cancellationToken))
            {
                known[(lead.Source, lead.ExternalId)] = lead;
            }
        }

        return known;
    }

}
