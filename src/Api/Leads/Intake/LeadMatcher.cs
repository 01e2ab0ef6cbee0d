using Microsoft.EntityFrameworkCore;
using SalesGraph.Data;
using SalesGraph.Data.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>
/// Matches a batch of leads in three queries: to a contact by e-mail, else to an account by domain (never a free-mail one),
/// else by normalised company name. Several candidates: the oldest row (lowest id) wins, so the match is stable.
/// Each list of keys goes to the database as one JSON parameter, not one SQL parameter per key.
/// No account is created here: a routing rule with createSuspectAccount asks for one and <see cref="SuspectAccounts"/> makes it.
/// </summary>
public static class LeadMatcher
{
    public static async Task<IReadOnlyDictionary<NormalizedLead, LeadMatch>> MatchAsync(SalesDbContext db, IReadOnlyCollection<NormalizedLead> leads, CancellationToken cancellationToken)
    {
        var emails = leads.Select(l => l.Email).OfType<string>().Distinct().ToList();
        var domains = leads.Select(l => l.Domain).OfType<string>().Distinct().ToList();
        var names = leads.Select(l => l.CompanyKey).OfType<string>().Distinct().ToList();

        var contacts = emails.Count == 0 ? [] : await db.Contacts.AsNoTracking()
            .Where(c => c.Email != null && EF.Parameter(emails).Contains(c.Email))
            .Select(c => new { c.Id, c.AccountId, Email = c.Email! })
            .ToListAsync(cancellationToken);
        var byDomain = domains.Count == 0 ? [] : await db.Accounts.AsNoTracking()
            .Where(a => a.Domain != null && EF.Parameter(domains).Contains(a.Domain))
            .Select(a => new { a.Id, Key = a.Domain! })
            .ToListAsync(cancellationToken);
        var byName = names.Count == 0 ? [] : await db.Accounts.AsNoTracking()
            .Where(a => EF.Parameter(names).Contains(a.NormalizedName))
            .Select(a => new { a.Id, Key = a.NormalizedName })
            .ToListAsync(cancellationToken);

        var contactByEmail = contacts.GroupBy(c => c.Email).ToDictionary(g => g.Key, g => g.MinBy(c => c.Id)!);
        var accountByDomain = byDomain.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Min(a => a.Id));
        var accountByName = byName.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Min(a => a.Id));

        var matches = new Dictionary<NormalizedLead, LeadMatch>(ReferenceEqualityComparer.Instance);
        foreach (var lead in leads)
        {
            matches[lead] = lead.Email is { } email && contactByEmail.TryGetValue(email, out var contact)
                ? new LeadMatch(LeadMatchMethod.ContactEmail, contact.AccountId, contact.Id)
                : lead.Domain is { } domain && accountByDomain.TryGetValue(domain, out var domainAccount)
                    ? new LeadMatch(LeadMatchMethod.AccountDomain, domainAccount, null)
                    : lead.CompanyKey is { } name && accountByName.TryGetValue(name, out var nameAccount)
                        ? new LeadMatch(LeadMatchMethod.CompanyName, nameAccount, null)
                        : LeadMatch.None;
        }

        return matches;
    }
}
