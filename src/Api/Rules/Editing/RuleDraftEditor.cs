using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Api.Leads.CustomFields;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Data;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Conditions;
using SalesGraph.Scoring.Rules;
using RuleSetKind = SalesGraph.Data.Rules.RuleSetKind;

namespace SalesGraph.Api.Rules.Editing;

/// <summary>Edits the draft rows of a rule set: validates every write, refuses duplicates and stale versions, audits each change.</summary>
public sealed class RuleDraftEditor(IDbContextFactory<SalesDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Checks a rule as written, custom-field names against the catalogue (see <see cref="CustomFieldCatalogue"/>).</summary>
    public async Task<RuleValidation> ValidateAsync(RuleSetKind kind, string? when, string? thenJson, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return RuleValidator.Validate(kind.ToScoring(), when, thenJson, await CatalogFor(db, when, cancellationToken));
    }

    /// <summary>The catalogue only when the condition may name a custom field: most edits need no extra query.</summary>
    private static async Task<CustomFieldCatalog?> CatalogFor(SalesDbContext db, string? when, CancellationToken cancellationToken) =>
        when is not null && when.Contains('(', StringComparison.Ordinal) ? await CustomFieldCatalogue.LoadAsync(db, cancellationToken) : CustomFieldCatalog.None;

    public async Task<RuleEditResult> CreateAsync(RuleSetKind kind, string name, string when, string thenJson, int priority, bool enabled, string user, CancellationToken cancellationToken)
    {
        var rule = new ScoringRule { RuleSet = kind, Name = name.Trim(), When = when, Then = thenJson, Priority = priority, Enabled = enabled, Version = 1 };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await CheckAsync(db, rule, cancellationToken) is { Count: > 0 } errors)
            return new RuleEditResult(null, errors);
        if (await NameTakenAsync(db, rule, cancellationToken))
            return RuleEditResult.Refused(DuplicateRuleNameError.For(rule.Name));
        rule.ChangedBy = user;
        rule.ChangedAt = time.GetUtcNow().UtcDateTime;
        db.ScoringRules.Add(rule);
        return await SaveAsync(db, rule, "create", null, user, cancellationToken);
    }

    /// <param name="action">The audit action: "update", or "disable" for <c>disableScoringRule</c>.</param>
    public async Task<RuleEditResult> UpdateAsync(int id, int expectedVersion, RuleEdit edit, string user, CancellationToken cancellationToken, string action = "update")
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rule = await db.ScoringRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
            return RuleEditResult.Refused(RuleNotFoundError.For(id));
        if (rule.Version != expectedVersion)
            return RuleEditResult.Refused(ConcurrencyError.For(expectedVersion, rule.Version));
        var before = AuditLog.Snapshot(rule);
        rule.Name = edit.Name?.Trim() ?? rule.Name;
        rule.When = edit.When ?? rule.When;
        rule.Then = edit.ThenJson ?? rule.Then;
        rule.Priority = edit.Priority ?? rule.Priority;
        rule.Enabled = edit.Enabled ?? rule.Enabled;
        if (await CheckAsync(db, rule, cancellationToken) is { Count: > 0 } errors)
            return new RuleEditResult(null, errors);
        if (edit.Name is not null && await NameTakenAsync(db, rule, cancellationToken))
            return RuleEditResult.Refused(DuplicateRuleNameError.For(rule.Name));
        rule.ChangedBy = user;
        rule.ChangedAt = time.GetUtcNow().UtcDateTime;
        return await SaveAsync(db, rule, action, before, user, cancellationToken);
    }

    public async Task<RuleEditResult> DeleteAsync(int id, int expectedVersion, string user, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rule = await db.ScoringRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (rule is null)
            return RuleEditResult.Refused(RuleNotFoundError.For(id));
        if (rule.Version != expectedVersion)
            return RuleEditResult.Refused(ConcurrencyError.For(expectedVersion, rule.Version));
        var before = AuditLog.Snapshot(rule);
        db.ScoringRules.Remove(rule);
        return await SaveAsync(db, rule, "delete", before, user, cancellationToken);
    }

    /// <summary>Sets the points of several AddPoints rules (dimension and cap kept) in one transaction, each change audited as an
    /// update: every rule is checked first, and one unknown id, stale version or invalid rule refuses them all (nothing saved).</summary>
    public async Task<(IReadOnlyList<ScoringRule> Rules, IReadOnlyList<IUserError> Errors)> SetPointsAsync(IReadOnlyList<(int Id, int ExpectedVersion, int Points)> changes, string user, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = changes.Select(c => c.Id).ToList();
        var rules = await db.ScoringRules.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var errors = new List<IUserError>();
        var befores = new Dictionary<int, string>();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (id, expectedVersion, points) in changes)
        {
            if (!rules.TryGetValue(id, out var rule))
            {
                errors.Add(RuleNotFoundError.For(id));
                continue;
            }
            if (rule.Version != expectedVersion)
            {
                errors.Add(ConcurrencyError.For(expectedVersion, rule.Version));
                continue;
            }
            if (RuleActionJson.Parse(rule.Then).Action is not AddPoints add)
            {
                errors.Add(new RuleValidationError($"rule {id} \"{rule.Name}\" does not add points", null, "then"));
                continue;
            }
            befores[id] = AuditLog.Snapshot(rule);
            rule.Then = RuleActionJson.Write(add with { Points = points });
            rule.ChangedBy = user;
            rule.ChangedAt = now;
            errors.AddRange(await CheckAsync(db, rule, cancellationToken));
        }
        if (errors.Count > 0)
            return ([], errors);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ([], [new RuleValidationError("another operator changed one of these rules meanwhile; nothing was saved, ask for a new suggestion", null, "input")]);
        }
        foreach (var (id, _, _) in changes)
            db.AuditEntries.Add(AuditLog.Entry(user, now, "update", nameof(ScoringRule), id.ToString(System.Globalization.CultureInfo.InvariantCulture), befores[id], AuditLog.Snapshot(rules[id])));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ([.. changes.Select(c => rules[c.Id])], []);
    }

    private static async Task<List<IUserError>> CheckAsync(SalesDbContext db, ScoringRule rule, CancellationToken cancellationToken)
    {
        var errors = new List<IUserError>();
        if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Length > 200)
            errors.Add(new RuleValidationError("a rule needs a name of 1 to 200 characters", null, "name"));
        var catalog = await CatalogFor(db, rule.When, cancellationToken);
        errors.AddRange(RuleValidator.Validate(rule.RuleSet.ToScoring(), rule.When, rule.Then, catalog).Errors.Select(RuleValidationError.From));
        return errors;
    }

    private static Task<bool> NameTakenAsync(SalesDbContext db, ScoringRule rule, CancellationToken cancellationToken) =>
        db.ScoringRules.AnyAsync(r => r.RuleSet == rule.RuleSet && r.Name == rule.Name && r.Id != rule.Id, cancellationToken);

    private async Task<RuleEditResult> SaveAsync(SalesDbContext db, ScoringRule rule, string action, string? before, string user, CancellationToken cancellationToken)
    {
        var expected = rule.Version;
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another operator's write got in between our read and our write (the UPDATE/DELETE matched no row at our version).
            var current = await db.ScoringRules.AsNoTracking().Where(r => r.Id == rule.Id).Select(r => (int?)r.Version).SingleOrDefaultAsync(cancellationToken);
            return RuleEditResult.Refused(current is { } v ? ConcurrencyError.For(expected, v) : RuleNotFoundError.For(rule.Id));
        }
        catch (DbUpdateException)
        {
            // The unique (RuleSet, Name) index: another operator created the same name since our check.
            db.ChangeTracker.Clear();
            if (await NameTakenAsync(db, rule, cancellationToken))
                return RuleEditResult.Refused(DuplicateRuleNameError.For(rule.Name));
            throw;
        }

        // In the same transaction as the change: no change without its audit entry.
        var after = action == "delete" ? null : AuditLog.Snapshot(rule);
        db.AuditEntries.Add(AuditLog.Entry(user, now, action, nameof(ScoringRule), rule.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), before, after));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RuleEditResult(action == "delete" ? null : rule, []);
    }
}
