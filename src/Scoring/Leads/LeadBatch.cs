using SalesGraph.Scoring.Facts;

namespace SalesGraph.Scoring.Leads;

/// <summary>Leads to evaluate together with the accounts and contacts they may join. The engine inserts into each session
/// only the accounts and contacts the session's leads can match (by id, domain or e-mail), because joins are nested loops.</summary>
public sealed record LeadBatch(IReadOnlyList<LeadFact> Leads, IReadOnlyList<AccountFact> Accounts, IReadOnlyList<ContactFact> Contacts)
{
    public LeadBatch(IReadOnlyList<LeadFact> leads)
        : this(leads, [], [])
    {
    }

    /// <summary>Splits into sessions of <paramref name="size"/> leads, each with only its related accounts and contacts.</summary>
    public IEnumerable<LeadBatch> Chunks(int size)
    {
        foreach (var chunk in Leads.Chunk(Math.Max(1, size)))
            yield return Narrow(chunk);
    }

    /// <summary>The accounts and contacts related to <paramref name="leads"/>: account by AccountId, EmailDomain or Domain; contact by ContactId, e-mail or account.</summary>
    public LeadBatch Narrow(IReadOnlyList<LeadFact> leads)
    {
        var accountIds = leads.Where(l => l.AccountId is not null).Select(l => l.AccountId!.Value).ToHashSet();
        var domains = leads.SelectMany(l => new[] { l.EmailDomain, l.Domain }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var accounts = Accounts.Where(a => accountIds.Contains(a.Id) || (a.Domain is not null && domains.Contains(a.Domain))).ToList();
        var accountSet = accounts.Select(a => a.Id).ToHashSet();
        var contactIds = leads.Where(l => l.ContactId is not null).Select(l => l.ContactId!.Value).ToHashSet();
        var emails = leads.Select(l => l.Email).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var contacts = Contacts.Where(c => contactIds.Contains(c.Id) || accountSet.Contains(c.AccountId) || (c.Email is not null && emails.Contains(c.Email))).ToList();
        return new LeadBatch(leads, accounts, contacts);
    }
}
