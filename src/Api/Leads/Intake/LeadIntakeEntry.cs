using GraphQL;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>One intake item with the entities the client selected, loaded through the projection.</summary>
public sealed record LeadIntakeEntry(LeadIntakeItem Item, Lead? Lead, Account? Account, Contact? Contact)
{
    /// <summary>Loads the leads and matched accounts and contacts selected below <paramref name="path"/> (one query per type).</summary>
    public static async Task<IReadOnlyList<LeadIntakeEntry>> LoadAsync(IResolveFieldContext context, IReadOnlyList<LeadIntakeItem> items, params string[] path)
    {
        await using var db = await context.RequestServices!.GetRequiredService<IDbContextFactory<SalesDbContext>>()
            .CreateDbContextAsync(context.CancellationToken);
        var accepted = items.Where(i => i.Accepted).ToList();
        var leads = await ProjectedEntities.LoadAsync(context, db.Leads, ProjectedEntities.At(context, [.. path, "lead"]), accepted.Select(i => i.LeadId!.Value));
        var accounts = await ProjectedEntities.LoadAsync(context, db.Accounts, ProjectedEntities.At(context, [.. path, "match", "account"]), accepted.Select(i => i.Match?.AccountId).OfType<int>());
        var contacts = await ProjectedEntities.LoadAsync(context, db.Contacts, ProjectedEntities.At(context, [.. path, "match", "contact"]), accepted.Select(i => i.Match?.ContactId).OfType<int>());
        return [.. items.Select(i => new LeadIntakeEntry(
            i,
            i.LeadId is { } lead ? leads.GetValueOrDefault(lead) : null,
            i.Match?.AccountId is { } account ? accounts.GetValueOrDefault(account) : null,
            i.Match?.ContactId is { } contact ? contacts.GetValueOrDefault(contact) : null))];
    }
}
