using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Opportunities;
using SalesGraph.Data.Rules;
using SalesGraph.Data.Sales;
using SalesGraph.Data.Tenders;

namespace SalesGraph.Data;

public class SalesDbContext(DbContextOptions<SalesDbContext> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<NpsResponse> NpsResponses => Set<NpsResponse>();
    public DbSet<RevenueLine> RevenueLines => Set<RevenueLine>();
    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<Engagement> Engagements => Set<Engagement>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<Tender> Tenders => Set<Tender>();
    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<SalesRep> SalesReps => Set<SalesRep>();
    public DbSet<ScoringRule> ScoringRules => Set<ScoringRule>();
    public DbSet<RuleSetVersion> RuleSetVersions => Set<RuleSetVersion>();
    public DbSet<ScoreResult> ScoreResults => Set<ScoreResult>();
    public DbSet<RuleHit> RuleHits => Set<RuleHit>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Security.ApiKey> ApiKeys => Set<Security.ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SalesDbContext).Assembly);
}
