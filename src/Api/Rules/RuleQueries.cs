using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Conventions;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data;
using SalesGraph.Data.Rules;
using SalesGraph.Scoring.Engine;

namespace SalesGraph.Api.Rules;

public sealed class RuleQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Connection("scoringRules", db => db.ScoringRules).RequireRole(Roles.Reader);
        query.Connection("auditEntries", db => db.AuditEntries).RequireRole(Roles.Reader);

        query.Field<NonNullGraphType<RuleSetType>>("ruleSet")
            .Argument<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind")
            .ResolveAsync(async context => await RuleSetAsync(context, context.GetArgument<RuleSetKind>("kind")))
            .RequireRole(Roles.Reader);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleSetVersionType>>>>("ruleSetVersions")
            .Description("Every published version of the rule set, newest first.")
            .Argument<NonNullGraphType<EnumerationGraphType<RuleSetKind>>>("kind")
            .ResolveAsync(async context =>
            {
                var kind = context.GetArgument<RuleSetKind>("kind");
                await using var db = await DbAsync(context);
                return await db.RuleSetVersions.AsNoTracking().Where(v => v.RuleSet == kind).OrderByDescending(v => v.Number).ToListAsync(context.CancellationToken);
            })
            .RequireRole(Roles.Reader);
    }

    private static async Task<RuleSetView> RuleSetAsync(IResolveFieldContext context, RuleSetKind kind)
    {
        // Read the running version first: the published version then is at least as new (a request names a live version).
        var running = context.RequestServices!.GetRequiredService<RuleEngine>().Current(kind.ToScoring()).Version;
        await using var db = await DbAsync(context);
        var published = await db.RuleSetVersions.AsNoTracking().Where(v => v.RuleSet == kind).OrderByDescending(v => v.Number).FirstOrDefaultAsync(context.CancellationToken);
        var draft = await db.ScoringRules.AsNoTracking().Where(r => r.RuleSet == kind).OrderByDescending(r => r.Priority).ThenBy(r => r.Name).ToListAsync(context.CancellationToken);
        return new RuleSetView(kind, published, draft, running);
    }

    internal static async Task<SalesDbContext> DbAsync(IResolveFieldContext context) =>
        await context.RequestServices!.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync(context.CancellationToken);
}
