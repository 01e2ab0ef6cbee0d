using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Rules;
using SalesGraph.Data;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>Inserts new leads and updates changed ones with prepared statements, every column written from the entity:
/// the intake's write path without change tracking. An update checks the RowVersion that was read and bumps it.</summary>
public sealed class LeadRows : IAsyncDisposable
{
    private static readonly (string Name, Func<Lead, object?> Value)[] Columns =
    [
        ("Source", l => l.Source.ToString()), ("ExternalId", l => l.ExternalId), ("Email", l => l.Email), ("EmailDomain", l => l.EmailDomain),
        ("IsFreeMailDomain", l => l.IsFreeMailDomain), ("FirstName", l => l.FirstName), ("LastName", l => l.LastName), ("Phone", l => l.Phone),
        ("JobTitle", l => l.JobTitle), ("Company", l => l.Company), ("Domain", l => l.Domain), ("Country", l => l.Country),
        ("Industry", l => l.Industry), ("Employees", l => l.Employees), ("AnnualRevenue", l => l.AnnualRevenue),
        ("ConsentEmail", l => l.ConsentEmail), ("ConsentPhone", l => l.ConsentPhone), ("ConsentTracking", l => l.ConsentTracking),
        ("Campaign", l => l.Campaign), ("UtmSource", l => l.UtmSource), ("UtmMedium", l => l.UtmMedium), ("UtmCampaign", l => l.UtmCampaign),
        ("UtmTerm", l => l.UtmTerm), ("UtmContent", l => l.UtmContent), ("BuyingMotives", l => l.BuyingMotives), ("CustomFields", l => l.CustomFields),
        ("AccountId", l => l.AccountId), ("ContactId", l => l.ContactId), ("MatchMethod", l => l.MatchMethod.ToString()), ("Converted", l => l.Converted),
        ("Score", l => l.Score), ("FitScore", l => l.FitScore), ("EngagementScore", l => l.EngagementScore), ("Grade", l => l.Grade?.ToString()),
        ("Stage", l => l.Stage.ToString()), ("RouteTeamId", l => l.RouteTeamId), ("AssignedRepId", l => l.AssignedRepId),
        ("FollowUpDueAt", l => l.FollowUpDueAt), ("NurtureTrack", l => l.NurtureTrack), ("ScoredAt", l => l.ScoredAt),
        ("ScoreRuleVersion", l => l.ScoreRuleVersion), ("CreatedAt", l => l.CreatedAt), ("UpdatedAt", l => l.UpdatedAt),
        ("LastActivityAt", l => l.LastActivityAt),
    ];

    private static readonly string[] ColumnNames = [.. Columns.Select(c => c.Name)];

    private readonly SalesDbContext _db;
    private readonly Dictionary<ulong, PreparedStatement> _inserts = [];
    private readonly PreparedStatement _update;

    public LeadRows(SalesDbContext db)
    {
        _db = db;
        _update = new PreparedStatement(db, d => d.UpdateLead(ColumnNames));
    }

    /// <summary>Inserts the lead and gives it its id. The columns that are null are written as the literal NULL, so each shape of
    /// lead (which columns are null) has its own prepared INSERT: binding a parameter costs more than the value it carries
    /// (a new lead leaves about half of its 44 columns empty).</summary>
    public async Task InsertAsync(Lead lead, CancellationToken ct)
    {
        var values = Values(lead);
        var nulls = 0UL;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null)
                nulls |= 1UL << i;
        }

        if (!_inserts.TryGetValue(nulls, out var insert))
        {
            bool[] bound = [.. Columns.Select((_, i) => (nulls & (1UL << i)) == 0)];
            insert = new PreparedStatement(_db, d => d.InsertLead(ColumnNames, bound));
            _inserts[nulls] = insert;
        }

        lead.Id = await insert.InsertAsync(ct, [.. values.Where(v => v is not null)]);
        lead.RowVersion = 0;
    }

    /// <summary>Updates every column of a lead read earlier; a concurrent writer since then throws <see cref="DbUpdateConcurrencyException"/>.</summary>
    public async Task UpdateAsync(Lead lead, CancellationToken ct)
    {
        if (await _update.ExecuteAsync(ct, [.. Values(lead), lead.Id, lead.RowVersion]) != 1)
            throw new DbUpdateConcurrencyException($"Lead {lead.Id} changed since it was read.");
        lead.RowVersion++;
    }

    private static object?[] Values(Lead lead) => [.. Columns.Select(c => c.Value(lead))];

    public async ValueTask DisposeAsync()
    {
        foreach (var insert in _inserts.Values)
            await insert.DisposeAsync();
        await _update.DisposeAsync();
    }
}
