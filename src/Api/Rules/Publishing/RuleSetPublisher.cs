using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Api.Rules.Editing;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Api.Subscriptions;
using SalesGraph.Api.Subscriptions.Outbox;
using SalesGraph.Api.Telemetry;
using SalesGraph.Data;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;
using RuleSetKind = SalesGraph.Data.Rules.RuleSetKind;

namespace SalesGraph.Api.Rules.Publishing;

/// <summary>Publishes the draft of a rule set (or an earlier version again) as the next numbered version, after compiling it,
/// and swaps it into this instance's engine at once; other instances pick it up through <see cref="RuleVersionPoller"/>.</summary>
public sealed class RuleSetPublisher(IDbContextFactory<SalesDbContext> dbFactory, RuleEngineHost host, TimeProvider time, ILogger<RuleSetPublisher> logger)
{
    private const int Attempts = 5;

    /// <summary>Compiles the draft rows of <paramref name="kind"/> as the next version number; refuses with every rule's errors,
    /// else saves them as that number and swaps the compiled set in (compiled once: the check is the set that runs).</summary>
    public async Task<PublishResult> PublishAsync(RuleSetKind kind, string? note, string user, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var rows = await db.ScoringRules.AsNoTracking().Where(r => r.RuleSet == kind).ToListAsync(cancellationToken);
            var read = rows.Select(RuleRows.ToSpec).ToList();
            if (read.Where(r => r.Error is not null).Select(r => RuleValidationError.From(r.Error!)).ToList() is { Count: > 0 } unreadable)
                return new PublishResult(null, unreadable);
            var specs = read.Select(r => r.Spec!).ToList();
            var previous = await LatestAsync(db, kind, cancellationToken);
            var compiled = RuleSetCompiler.Compile(kind.ToScoring(), Next(previous), specs);
            if (compiled.RuleSet is null)
                return new PublishResult(null, [.. compiled.Errors.Select(RuleValidationError.From)]);

            var saved = await TrySaveAsync(db, kind, previous, RuleSetJson.Write(specs), note, null, user, cancellationToken);
            if (saved is not null)
            {
                SalesTelemetry.RuleSetsPublished.Add(1, new KeyValuePair<string, object?>("rule_set", kind.ToString()));
                return Swapped(saved, compiled.RuleSet);
            }
        }
        return Conflict(kind);
    }

    /// <summary>Publishes version <paramref name="number"/>'s rules again as a new number (RolledBackFrom set), and resets the draft rows to them.</summary>
    public async Task<PublishResult> RollbackAsync(RuleSetKind kind, int number, string? note, string user, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var earlier = await db.RuleSetVersions.AsNoTracking().SingleOrDefaultAsync(v => v.RuleSet == kind && v.Number == number, cancellationToken);
            if (earlier is null)
                return new PublishResult(null, [new RuleSetVersionNotFoundError($"{kind} has no version {number}", number)]);
            var (rules, readErrors) = RuleSetJson.Read(earlier.RulesJson);
            if (readErrors.Count > 0)
                return new PublishResult(null, [.. readErrors.Select(RuleValidationError.From)]);

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var previous = await LatestAsync(db, kind, cancellationToken);
            // Compiled after the reset, because rules restored as new rows get new ids; a refusal rolls the reset back.
            var draft = await ResetDraftAsync(db, kind, rules, user, cancellationToken);
            var compiled = RuleSetCompiler.Compile(kind.ToScoring(), Next(previous), draft);
            if (compiled.RuleSet is null)
                return new PublishResult(null, [.. compiled.Errors.Select(RuleValidationError.From)]);
            var saved = await TrySaveAsync(db, kind, previous, RuleSetJson.Write(draft), note ?? $"Rollback to version {number}", number, user, cancellationToken);
            if (saved is null)
                continue;
            await transaction.CommitAsync(cancellationToken);
            SalesTelemetry.RuleSetsRolledBack.Add(1, new KeyValuePair<string, object?>("rule_set", kind.ToString()));
            return Swapped(saved, compiled.RuleSet);
        }
        return Conflict(kind);
    }

    private static Task<RuleSetVersion?> LatestAsync(SalesDbContext db, RuleSetKind kind, CancellationToken cancellationToken) =>
        db.RuleSetVersions.AsNoTracking().Where(v => v.RuleSet == kind).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    private static int Next(RuleSetVersion? previous) => (previous?.Number ?? 0) + 1;

    /// <summary>Adds version max + 1 with its audit entry; null when another publish took that number first (the caller retries).</summary>
    private async Task<RuleSetVersion?> TrySaveAsync(SalesDbContext db, RuleSetKind kind, RuleSetVersion? previous, string rulesJson, string? note, int? rolledBackFrom, string user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var version = new RuleSetVersion
        {
            RuleSet = kind,
            Number = Next(previous),
            RulesJson = rulesJson,
            Note = note,
            PublishedBy = user,
            PublishedAt = now,
            RolledBackFrom = rolledBackFrom,
        };
        db.RuleSetVersions.Add(version);
        EventOutbox.Add(db, EventTopics.RuleSetPublished, [new RuleSetPublishedEvent(kind, version.Number, rolledBackFrom, user, now, note)], now);
        db.AuditEntries.Add(AuditLog.Entry(user, now, rolledBackFrom is null ? "publish" : "rollback", nameof(RuleSetVersion),
            $"{kind}:{version.Number.ToString(CultureInfo.InvariantCulture)}", previous is null ? null : AuditLog.Snapshot(previous), AuditLog.Snapshot(version)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return version;
        }
        catch (DbUpdateException e)
        {
            logger.LogInformation(e, "{RuleSet} version {Number} was published by someone else first; retrying", kind, version.Number);
            return null;
        }
    }

    private async Task<IReadOnlyList<RuleSpec>> ResetDraftAsync(SalesDbContext db, RuleSetKind kind, IReadOnlyList<RuleSpec> rules, string user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.ScoringRules.Where(r => r.RuleSet == kind).ToListAsync(cancellationToken);
        var before = RuleSetJson.Write(rows.Select(RuleRows.ToSpec).Where(r => r.Spec is not null).Select(r => r.Spec!));
        var byId = rows.ToDictionary(r => r.Id);
        var kept = new List<ScoringRule>();
        foreach (var rule in rules)
        {
            // A rule still in the draft under its id is updated in place (its version goes up); one deleted since comes back as a new row.
            var row = byId.Remove(rule.Id, out var existing) ? existing : db.ScoringRules.Add(new ScoringRule { Name = rule.Name, When = "", Then = "", Version = 1 }).Entity;
            row.RuleSet = kind;
            row.Name = rule.Name;
            row.When = rule.When;
            row.Then = RuleActionJson.Write(rule.Then);
            row.Priority = rule.Priority;
            row.Enabled = rule.Enabled;
            row.ChangedBy = user;
            row.ChangedAt = now;
            kept.Add(row);
        }
        db.ScoringRules.RemoveRange(byId.Values);
        // Removals first, so a restored rule may take back a name that a removed rule holds.
        await db.SaveChangesAsync(cancellationToken);
        var after = kept.Select(r => RuleRows.ToSpec(r).Spec!).ToList();
        db.AuditEntries.Add(AuditLog.Entry(user, now, "reset", "RuleSetDraft", kind.ToString(), before, RuleSetJson.Write(after)));
        return after;
    }

    private PublishResult Swapped(RuleSetVersion version, CompiledRuleSet compiled)
    {
        host.Swap(compiled);
        return new PublishResult(version, []);
    }

    private static PublishResult Conflict(RuleSetKind kind) =>
        new(null, [new PublishConflictError($"other publishes of {kind} kept taking the next version number; nothing was published, try again")]);
}
