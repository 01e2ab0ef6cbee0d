using GraphQL;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>One recorded event with its lead as the client selected it.</summary>
public sealed record EngagementIntakeEntry(EngagementIntakeItem Item, Lead? Lead)
{
    public static async Task<IReadOnlyList<EngagementIntakeEntry>> LoadAsync(IResolveFieldContext context, IReadOnlyList<EngagementIntakeItem> items, params string[] path)
    {
        await using var db = await context.RequestServices!.GetRequiredService<IDbContextFactory<SalesDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var leads = await ProjectedEntities.LoadAsync(context, db.Leads, ProjectedEntities.At(context, [.. path, "lead"]), items.Select(i => i.LeadId).OfType<int>());
        return [.. items.Select(i => new EngagementIntakeEntry(i, i.LeadId is { } id ? leads.GetValueOrDefault(id) : null))];
    }
}
