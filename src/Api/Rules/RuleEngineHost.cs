using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring;
using SalesGraph.Scoring.Engine;
using SalesGraph.Scoring.Rules;
using DataRuleSetKind = SalesGraph.Data.Rules.RuleSetKind;

namespace SalesGraph.Api.Rules;

/// <summary>
/// Keeps the engine on the newest published version of each rule set: compiles what the database holds (never on a
/// request path) and swaps it in. Every instance sharing the database converges through <see cref="RefreshAsync"/>.
/// </summary>
public sealed class RuleEngineHost(IDbContextFactory<SalesDbContext> dbFactory, RuleEngine engine, TimeProvider time, ILogger<RuleEngineHost> logger)
{
    public const string SystemUser = "system";

    /// <summary>Publishes the default rules as version 1 of every rule set that has no published version yet.</summary>
    public async Task SeedDefaultsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var published = await db.RuleSetVersions.Select(v => v.RuleSet).Distinct().ToListAsync(cancellationToken);
        foreach (var kind in Enum.GetValues<DataRuleSetKind>().Except(published))
        {
            try
            {
                await SeedDefaultsAsync(db, kind, cancellationToken);
            }
            catch (DbUpdateException e)
            {
                // Another instance seeded the same rule set first; its version stands.
                logger.LogInformation(e, "Default {RuleSet} rules were seeded by another instance", kind);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Compiles and swaps in every rule set whose newest published version is newer than the running one.</summary>
    /// <returns>The versions that were swapped in.</returns>
    public async Task<IReadOnlyList<CompiledRuleSet>> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var newest = await db.RuleSetVersions
            .GroupBy(v => v.RuleSet)
            .Select(g => new { RuleSet = g.Key, Number = g.Max(v => v.Number) })
            .ToListAsync(cancellationToken);
        var swapped = new List<CompiledRuleSet>();
        foreach (var version in newest.Where(v => v.Number > engine.Current(v.RuleSet.ToScoring()).Version))
        {
            var stored = await db.RuleSetVersions.AsNoTracking()
                .SingleAsync(v => v.RuleSet == version.RuleSet && v.Number == version.Number, cancellationToken);
            var compiled = Compile(stored);
            if (compiled.RuleSet is null)
            {
                // Publishing compiles first, so only a hand-edited database gets here; keep running the current version.
                logger.LogError("{RuleSet} version {Version} does not compile: {Errors}", stored.RuleSet, stored.Number, string.Join("; ", compiled.Errors));
                continue;
            }

            if (Swap(compiled.RuleSet))
                swapped.Add(compiled.RuleSet);
        }

        return swapped;
    }

    /// <summary>Makes a set this instance compiled while publishing it the running one, without compiling it again;
    /// false when the engine already runs that version or a newer one (another instance's publish got here first).</summary>
    public bool Swap(CompiledRuleSet compiled)
    {
        if (!engine.Publish(compiled))
            return false;
        logger.LogInformation("Running {RuleSet} version {Version}", compiled.Kind, compiled.Version);
        return true;
    }

    public static CompileResult Compile(RuleSetVersion stored)
    {
        var (rules, errors) = RuleSetJson.Read(stored.RulesJson);
        return errors.Count > 0 ? new CompileResult(null, errors) : RuleSetCompiler.Compile(stored.RuleSet.ToScoring(), stored.Number, rules);
    }

    private async Task SeedDefaultsAsync(SalesDbContext db, DataRuleSetKind kind, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = DefaultRules.For(kind.ToScoring()).Select(spec => RuleRows.ToRow(spec, SystemUser, now)).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ScoringRules.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        db.RuleSetVersions.Add(new RuleSetVersion
        {
            RuleSet = kind,
            Number = 1,
            RulesJson = RuleSetJson.Write(rows.Select(r => RuleRows.ToSpec(r).Spec!)),
            Note = "Default rules",
            PublishedBy = SystemUser,
            PublishedAt = now,
        });
        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            User = SystemUser,
            Action = "publish",
            EntityType = nameof(RuleSetVersion),
            EntityId = $"{kind}:1",
            After = "Default rules",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
