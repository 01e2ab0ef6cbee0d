using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Rules.Errors;
using SalesGraph.Data;
using SalesGraph.Scoring.Engine;
using RuleSetKind = SalesGraph.Data.Rules.RuleSetKind;

namespace SalesGraph.Api.Rules;

/// <summary>Compiles the draft rows of a rule set (as version 0) for simulation and backtest; errors name each refused rule.</summary>
public static class DraftCompiler
{
    public static async Task<(CompiledRuleSet? RuleSet, IReadOnlyList<RuleValidationError> Errors)> CompileAsync(SalesDbContext db, RuleSetKind kind, CancellationToken ct)
    {
        var rows = await db.ScoringRules.AsNoTracking().Where(r => r.RuleSet == kind).ToListAsync(ct);
        var read = rows.Select(RuleRows.ToSpec).ToList();
        if (read.Where(r => r.Error is not null).Select(r => RuleValidationError.From(r.Error!)).ToList() is { Count: > 0 } unreadable)
            return (null, unreadable);
        var compiled = RuleSetCompiler.Compile(kind.ToScoring(), 0, read.Select(r => r.Spec!));
        return (compiled.RuleSet, [.. compiled.Errors.Select(RuleValidationError.From)]);
    }
}
