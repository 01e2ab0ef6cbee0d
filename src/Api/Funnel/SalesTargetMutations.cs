using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.GraphQL;
using SalesGraph.Api.GraphQL.Errors;
using SalesGraph.Api.Rules.Editing;
using SalesGraph.Api.Security;
using SalesGraph.Api.Security.Schema;
using SalesGraph.Data;
using SalesGraph.Data.Sales;

namespace SalesGraph.Api.Funnel;

/// <summary>setSalesTarget: what a team should close in a month, which the pipeline's coverage is measured against (ops, audited).</summary>
public sealed class SalesTargetMutations : IMutationFields
{
    public sealed record SalesTargetView(SegmentRef Team, DateTime PeriodStart, decimal? Amount);

    public sealed record SetSalesTargetResult(SalesTargetView? Target, IReadOnlyList<AnalyticsArgumentError>? Errors);

    public void AddTo(ObjectGraphType mutation)
    {
        var target = new ObjectGraphType<SalesTargetView> { Name = "SalesTarget", Description = "A team's target for a month." };
        target.Field<NonNullGraphType<SegmentRefType>>("team").Resolve(c => c.Source.Team);
        target.Field(t => t.PeriodStart).Description("First day of the month (UTC).");
        target.Field(t => t.Amount, nullable: true).Description("The target; null once cleared.");
        var payload = new ObjectGraphType<SetSalesTargetResult> { Name = "SetSalesTargetPayload" };
        payload.Field("target", target).Resolve(c => c.Source.Target);
        payload.ErrorsField("setSalesTarget", p => p.Errors, typeof(AnalyticsArgumentErrorType));
        var input = new InputObjectGraphType { Name = "SetSalesTargetInput" };
        input.Field<NonNullGraphType<IntGraphType>>("teamId");
        input.Field<NonNullGraphType<DateTimeGraphType>>("month").Description("Any moment in the month (UTC); the target is for the whole month.");
        input.Field<DecimalGraphType>("amount").Description("What the team should close that month; null clears the target.");

        mutation.Field("setSalesTarget", new NonNullGraphType(payload))
            .Description("Sets (or with amount null clears) a team's target for a month; the pipeline's coverage is measured against it.")
            .Arguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" })
            .ResolveAsync(async context => await SetAsync(context, context.GetArgument<Dictionary<string, object?>>("input")))
            .RequireRole(Roles.Ops);
    }

    private static async Task<SetSalesTargetResult> SetAsync(IResolveFieldContext context, Dictionary<string, object?> input)
    {
        var teamId = (int)input["teamId"]!;
        var month = AnalyticsArguments.Utc(input["month"]);
        var start = new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var amount = input.TryGetValue("amount", out var value) ? (decimal?)value : null;
        if (amount is < 0)
        {
            return new SetSalesTargetResult(null, [new AnalyticsArgumentError("amount may not be negative.", "input.amount")]);
        }

        await using var db = await context.RequestServices!.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => new SegmentRef(t.Id, t.Name)).FirstOrDefaultAsync(context.CancellationToken);
        if (team is null)
        {
            return new SetSalesTargetResult(null, [new AnalyticsArgumentError($"there is no team with id {teamId}.", "input.teamId")]);
        }

        var now = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var user = OperatorName.From(context);
        var existing = await db.SalesTargets.FirstOrDefaultAsync(t => t.TeamId == teamId && t.PeriodStart == start, context.CancellationToken);
        var before = existing?.Amount.ToString(CultureInfo.InvariantCulture);
        if (amount is null)
        {
            if (existing is not null)
            {
                db.SalesTargets.Remove(existing);
            }
        }
        else if (existing is null)
        {
            db.SalesTargets.Add(new SalesTarget { TeamId = teamId, PeriodStart = start, Amount = amount.Value, UpdatedAt = now, UpdatedBy = user });
        }
        else
        {
            (existing.Amount, existing.UpdatedAt, existing.UpdatedBy) = (amount.Value, now, user);
        }

        db.AuditEntries.Add(AuditLog.Entry(user, now, "setSalesTarget", nameof(SalesTarget), $"{teamId}:{start:yyyy-MM}", before, amount?.ToString(CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(context.CancellationToken);
        return new SetSalesTargetResult(new SalesTargetView(team, start, amount), null);
    }
}
