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
    public DbSet<CustomFieldDefinition> CustomFieldDefinitions => Set<CustomFieldDefinition>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<OpportunityStageChange> OpportunityStageHistory => Set<OpportunityStageChange>();
    public DbSet<SalesTarget> SalesTargets => Set<SalesTarget>();
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
        var autoDetect = BeforeSave();
        try
        {
            StageHistoryRecorder.Record(this);
            ConcurrencyVersion.IncrementModified(ChangeTracker);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var autoDetect = BeforeSave();
        try
        {
            await StageHistoryRecorder.RecordAsync(this, cancellationToken);
            ConcurrencyVersion.IncrementModified(ChangeTracker);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Detects changes once for the stage history and the concurrency tokens, then turns automatic detection off until they are done.</summary>
    private bool BeforeSave()
    {
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        if (autoDetect)
        {
            ChangeTracker.DetectChanges();
        }

        ChangeTracker.AutoDetectChangesEnabled = false;
        return autoDetect;
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

    /// <summary>The caller's lead sources (<see cref="LeadSourceScope"/>), read by the query filters at every query; null = all.</summary>
    private LeadSource[]? ScopedLeadSources => LeadSourceScope.Current as LeadSource[];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SalesDbContext).Assembly);

        // Who reads which leads: in SQL, on every path that reaches a lead (root fields, account.leads, engagement.lead, intake).
        modelBuilder.Entity<Lead>().HasQueryFilter(l => ScopedLeadSources == null || ScopedLeadSources.Contains(l.Source));
        modelBuilder.Entity<Engagement>().HasQueryFilter(e => ScopedLeadSources == null || ScopedLeadSources.Contains(e.Lead!.Source));
        CustomFieldSql.Register(modelBuilder, Database.IsSqlite());
        FunnelColumns.Configure(modelBuilder, Sql.SqlDialect.For(Database));
    }
}
