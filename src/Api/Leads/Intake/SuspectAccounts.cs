using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Api.Rules;
using SalesGraph.Data;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Sql;
using SalesGraph.Scoring.Leads;

namespace SalesGraph.Api.Leads.Intake;

/// <summary>
/// Creates the suspect accounts that routing rules ask for (<see cref="LeadEvaluation.CreateSuspectAccount"/>) and links the leads
/// to them, inside the intake's transaction. Never two accounts for one company: the leads of a batch are grouped by company domain
/// and normalised company name, and the database is checked again for an account with that domain or name (on SQLite the intake
/// transaction holds the write lock, so a concurrent batch sees this one's account or waits for it). Where a concurrent batch
/// still inserts the same company first (SQL Server, read committed), the unique indexes on Accounts (Domain) and (NormalizedName)
/// refuse the second insert; the refused account's leads are linked to the one that won.
/// Call it after the evaluation and before the leads are written: it inserts the new accounts itself (a prepared statement,
/// nothing tracked) and sets the leads' <see cref="Lead.AccountId"/> and <see cref="Lead.MatchMethod"/>, so it works whether
/// the caller saves tracked leads or writes rows.
/// </summary>
public static class SuspectAccounts
{
    /// <summary>Returns the accounts it created (inserted, with their ids).</summary>
    public static Task<IReadOnlyList<Account>> CreateAsync(
        SalesDbContext db, IEnumerable<(Lead Lead, LeadEvaluation Evaluation)> evaluated, DateTime now, CancellationToken cancellationToken) =>
        CreateAsync(db, evaluated, now, recheck: true, cancellationToken);

    /// <param name="recheck">False skips the look-up of accounts made since the batch was matched, as if every concurrent batch
    /// had read before any wrote: then only the unique indexes keep one account per company (the race tests use it).</param>
    public static async Task<IReadOnlyList<Account>> CreateAsync(
        SalesDbContext db, IEnumerable<(Lead Lead, LeadEvaluation Evaluation)> evaluated, DateTime now, bool recheck, CancellationToken cancellationToken)
    {
        var wanted = evaluated
            .Where(e => e.Evaluation.CreateSuspectAccount && e.Lead.AccountId is null)
            .Select(e => (e.Lead, Name: NameOf(e.Lead)))
            .Where(e => e.Name is not null)
            .Select(e => (e.Lead, Name: e.Name!, Key: CompanyName.Normalize(e.Name!)))
            .ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var domains = wanted.Select(w => w.Lead.Domain).OfType<string>().Distinct().ToList();
        var keys = wanted.Select(w => w.Key).Where(k => k.Length > 0).Distinct().ToList();
        // Each list as one JSON parameter: hundreds of domains as hundreds of SQL parameters cost more than the query.
        var existing = !recheck ? [] : await db.Accounts.AsNoTracking()
            .Where(a => (a.Domain != null && EF.Parameter(domains).Contains(a.Domain)) || EF.Parameter(keys).Contains(a.NormalizedName))
            .OrderBy(a => a.Id)
            .Select(a => new Account { Id = a.Id, Name = a.Name, NormalizedName = a.NormalizedName, Domain = a.Domain })
            .ToListAsync(cancellationToken);
        var byDomain = new Dictionary<string, Account>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, Account>(StringComparer.Ordinal);
        foreach (var account in existing)
        {
            Remember(account);
        }

        var created = new List<Account>();
        var links = new List<(Lead Lead, Account Account, LeadMatchMethod Method)>(wanted.Count);
        foreach (var (lead, name, key) in wanted)
        {
            var byItsDomain = lead.Domain is { } domain ? byDomain.GetValueOrDefault(domain) : null;
            var account = byItsDomain ?? (key.Length > 0 ? byKey.GetValueOrDefault(key) : null);
            // Found in the database: another batch made it after this one's matching (only where the database lets that happen).
            var method = account is null || created.Contains(account) ? LeadMatchMethod.CreatedAccount
                : byItsDomain is not null ? LeadMatchMethod.AccountDomain : LeadMatchMethod.CompanyName;
            if (account is null)
            {
                account = new Account
                {
                    Name = name,
                    NormalizedName = key,
                    Domain = lead.Domain,
                    Country = lead.Country,
                    Industry = lead.Industry,
                    Employees = lead.Employees,
                    AnnualRevenue = lead.AnnualRevenue,
                    IsCustomer = false,
                    PyramidTier = CustomerPyramidTier.Suspect,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                created.Add(account);
                Remember(account);
            }

            links.Add((lead, account, method));
        }

        var lost = created.Count > 0 ? await InsertAsync(db, created, cancellationToken) : [];
        foreach (var (lead, account, method) in links)
        {
            lead.AccountId = account.Id;
            lead.MatchMethod = lost.GetValueOrDefault(account, method);
        }

        return [.. created.Where(a => !lost.ContainsKey(a))];

        void Remember(Account account)
        {
            if (account.Domain is { } domain)
            {
                byDomain.TryAdd(domain, account);
            }

            if (account.NormalizedName.Length > 0)
            {
                byKey.TryAdd(account.NormalizedName, account);
            }
        }
    }

    /// <summary>Inserts the new accounts with one prepared statement, each id read back: no change tracking for a batch of hundreds.
    /// An insert a unique index refuses (another transaction committed that domain or name first) takes the id of the account that
    /// holds it; both providers leave the transaction usable after such a refused statement (SQL Server with XACT_ABORT off, its default).</summary>
    /// <returns>The accounts that lost the race, with how their leads now match the winner.</returns>
    private static async Task<Dictionary<Account, LeadMatchMethod>> InsertAsync(SalesDbContext db, List<Account> accounts, CancellationToken ct)
    {
        var dialect = SqlDialect.For(db.Database);
        var lost = new Dictionary<Account, LeadMatchMethod>(ReferenceEqualityComparer.Instance);
        await using var insert = new PreparedStatement(db, d => d.InsertAccount);
        PreparedStatement? byDomain = null, byName = null;
        try
        {
            foreach (var a in accounts)
            {
                try
                {
                    a.Id = await insert.InsertAsync(ct, a.Name, a.NormalizedName, a.Domain, a.Country, a.Industry, a.Employees, a.AnnualRevenue,
                        a.IsCustomer, a.PyramidTier?.ToString(), (int)a.Strategies, a.CreatedAt, a.UpdatedAt);
                }
                catch (DbException e) when (dialect.IsUniqueViolation(e))
                {
                    // As LeadMatcher would have matched it: by domain first, then by normalised name.
                    byDomain ??= new PreparedStatement(db, d => d.FindAccountByDomain);
                    if (a.Domain is not null && await byDomain.ScalarAsync(ct, a.Domain) is { } domainWinner)
                    {
                        (a.Id, lost[a]) = (Convert.ToInt32(domainWinner, CultureInfo.InvariantCulture), LeadMatchMethod.AccountDomain);
                        continue;
                    }
                    byName ??= new PreparedStatement(db, d => d.FindAccountByName);
                    var nameWinner = await byName.ScalarAsync(ct, a.NormalizedName) ?? throw new InvalidOperationException(
                        $"Account '{a.Name}' was refused as a duplicate, but no account holds its domain or name.", e);
                    (a.Id, lost[a]) = (Convert.ToInt32(nameWinner, CultureInfo.InvariantCulture), LeadMatchMethod.CompanyName);
                }
            }
        }
        finally
        {
            if (byDomain is not null)
                await byDomain.DisposeAsync();
            if (byName is not null)
                await byName.DisposeAsync();
        }
        return lost;
    }

    /// <summary>The account's name: the lead's company, else its company domain; null when it has neither.</summary>
    private static string? NameOf(Lead lead) =>
        !string.IsNullOrWhiteSpace(lead.Company) ? lead.Company.Trim() : lead.Domain;
}
