using Microsoft.EntityFrameworkCore;
using SalesGraph.Data.Accounts;
using SalesGraph.Data.Leads;
using SalesGraph.Data.Opportunities;
using SalesGraph.Data.Rules;
using SalesGraph.Data.Sales;
using SalesGraph.Data.Tenders;

namespace SalesGraph.Data;

/// <summary>
/// The sales database. Resolve it (scoped) or <see cref="IDbContextFactory{SalesDbContext}"/>; the instances are
/// provider-specific subclasses (<see cref="Providers.SqliteSalesDbContext"/>, <see cref="Providers.SqlServerSalesDbContext"/>)
/// only so that each provider keeps its own migration set.
/// </summary>
public class SalesDbContext : DbContext
{
    public SalesDbContext(DbContextOptions<SalesDbContext> options)
        : base(options)
    {
    }

    protected SalesDbContext(DbContextOptions options)
        : base(options)
    {
    }

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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Security.ApiKey> ApiKeys => Set<Security.ApiKey>();
    public DbSet<Events.OutboxEvent> OutboxEvents => Set<Events.OutboxEvent>();
    public DbSet<Documents.TrustedDocument> TrustedDocuments => Set<Documents.TrustedDocument>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ConcurrencyVersion.IncrementModified(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ConcurrencyVersion.IncrementModified(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

        var storedAsText = typeof(SalesDbContext).Assembly.GetTypes()
            .Where(t => t.IsEnum && !t.IsDefined(typeof(FlagsAttribute), inherit: false));
        foreach (var enumType in storedAsText)
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(32);
        }

        // SQLite has no decimal type: stored as TEXT it can neither be compared nor sorted in SQL, REAL can.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SalesDbContext).Assembly);
}
